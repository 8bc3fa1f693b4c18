/** Turns UN documents as they are really published (pdftotext output, Markdown from PDF, compiled resolutions) into content files. */
package org.masthead.importer;
