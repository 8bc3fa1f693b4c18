/** Finding the content files of an archive: the first stage of a build. */
package org.masthead.scan;
