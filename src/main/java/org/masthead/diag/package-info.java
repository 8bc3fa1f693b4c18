/** Problems found in the input, each with file, line and severity, collected across a whole run. */
package org.masthead.diag;
