/** Delegates of calloff.bpmn, reached by {@code delegateExpression} with the names used there. */
package uk.council.procurement.calloff.process;
