/** The preview server: serve the site locally, rebuild on change, reload open pages. */
package org.masthead.serve;
