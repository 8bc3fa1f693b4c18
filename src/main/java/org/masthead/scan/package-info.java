/** Finding the content files of an archive. */
package org.masthead.scan;
