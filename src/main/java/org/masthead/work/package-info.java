/** Running a stage's work: spread over every core, and reported as it goes on long builds. */
package org.masthead.work;
