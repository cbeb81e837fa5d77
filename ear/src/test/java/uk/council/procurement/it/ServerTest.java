package uk.council.procurement.it;

import java.io.File;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Base of the *IT classes: deploys the EAR this build produced (not a test-made archive) into the
 * provisioned WildFly, and talks to it over HTTP as a client would.
 */
@ExtendWith(ArquillianExtension.class)
public abstract class ServerTest {

    static {
        CqcStub.server(); // the server reads CQC records from here
        MailStub.server(); // and sends its emails here
    }

    @Deployment(testable = false)
    public static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("it.ear")));
    }
}
