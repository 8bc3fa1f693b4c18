/** The pages a build writes and the addresses they live at. */
package org.masthead.plan;
