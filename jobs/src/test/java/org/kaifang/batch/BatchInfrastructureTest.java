package org.kaifang.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class BatchInfrastructureTest {

    @Test
    void aPasswordInTheRepositoryUrlNeverReachesAMessage() {
        assertEquals("jdbc:postgresql://127.0.0.1/kaifang?user=k&password=***&ssl=true",
                BatchInfrastructure.masked("jdbc:postgresql://127.0.0.1/kaifang?user=k&password=s3cret&ssl=true"));
        assertEquals("jdbc:h2:file:/srv/w/batch/jobs;PASSWORD=***;DB_CLOSE_ON_EXIT=FALSE",
                BatchInfrastructure.masked("jdbc:h2:file:/srv/w/batch/jobs;PASSWORD=x;DB_CLOSE_ON_EXIT=FALSE"));
        assertEquals("jdbc:h2:file:/srv/w/batch/jobs", BatchInfrastructure.masked("jdbc:h2:file:/srv/w/batch/jobs"));
    }
}
