/** Rendering pages: Markdown bodies with flexmark, pages with Thymeleaf, and the machine-readable files. */
package org.masthead.render;
