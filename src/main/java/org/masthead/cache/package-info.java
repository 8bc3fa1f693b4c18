/** The build cache: what reading each file gave, keyed by content hash, kept between runs under target/. */
package org.masthead.cache;
