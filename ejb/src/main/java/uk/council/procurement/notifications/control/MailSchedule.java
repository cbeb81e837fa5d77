package uk.council.procurement.notifications.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Schedule;
import jakarta.ejb.Singleton;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;

/**
 * Every 30 seconds, sends what is due: emails whose first send failed (the mail server was down) and
 * emails written before a crash or restart. One pass at a time (a singleton's write lock).
 */
@Singleton
public class MailSchedule {

    @EJB
    MailDelivery delivery;

    @Schedule(hour = "*", minute = "*", second = "*/30", persistent = false)
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    void sendDue() {
        delivery.deliverDue();
    }
}
