/** The {@code masthead} command line (picocli): build, check, serve and import, each a thin shell over its package. */
package org.masthead.cli;
