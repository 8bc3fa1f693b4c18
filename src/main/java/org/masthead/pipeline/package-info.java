/** The orchestrator: one build from content folder to site folder, stage by stage. */
package org.masthead.pipeline;
