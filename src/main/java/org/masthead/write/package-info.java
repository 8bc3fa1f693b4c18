/** Writing the site: staged in a temporary folder, swapped into place when complete. */
package org.masthead.write;
