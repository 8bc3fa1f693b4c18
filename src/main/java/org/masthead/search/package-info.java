/**
 * Full-text search for a built site: the analysis shared with the browser, the sharded index
 * written as script files (so it loads on {@code file://} as over HTTP), and the adapter from the
 * build's documents.
 */
package org.masthead.search;
