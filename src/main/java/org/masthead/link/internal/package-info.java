/** The flexmark parts of the symbol extension. Internal: do not depend on this package. */
package org.masthead.link.internal;
