/** Incremental builds: content hashes, the document cache kept under target/, and the key of every output file. */
package org.masthead.incremental;
