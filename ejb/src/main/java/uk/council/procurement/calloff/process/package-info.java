/** Delegates of calloff.bpmn and packageCascade.bpmn, reached by {@code delegateExpression} with the names used there. */
package uk.council.procurement.calloff.process;
