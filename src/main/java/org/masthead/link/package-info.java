/** Finding references in text, rendering them as links, and the graph of who cites whom. */
package org.masthead.link;
