/** The values a build works on: documents, symbols and the closed sets they draw from. */
package org.masthead.model;
