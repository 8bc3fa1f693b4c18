/**
 * Exports of each document for readers who cite it or load it elsewhere: the citation in the
 * UN's form, BibTeX, RIS and CSL-JSON files, the meta tags and JSON-LD of its page, the links
 * to its official record, and Akoma Ntoso XML (AKN4UN). Fed by the plan; render calls it.
 */
package org.masthead.export;
