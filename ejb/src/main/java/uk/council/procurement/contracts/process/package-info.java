/** Delegates of the extension review (extension-review.bpmn) and deed of extension (deed-of-extension.bpmn) processes. */
package uk.council.procurement.contracts.process;
