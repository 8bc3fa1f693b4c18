/** Reading content files: front matter into typed documents, with every problem reported by line. */
package org.masthead.read;
