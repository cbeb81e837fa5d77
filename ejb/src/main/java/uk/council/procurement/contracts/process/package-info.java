/** Delegates of the extension review process (extension-review.bpmn). */
package uk.council.procurement.contracts.process;
