package org.kaifang.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kaifang.TestWarehouse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;

import jakarta.mail.internet.MimeMessage;

/**
 * Operators hear first: a real SMTP server (GreenMail) in this JVM and a robot's webhook on
 * 127.0.0.1 receive what the nightly sends. A failed run is told once by each; an unchanged
 * rerun tells nothing; receivers that are down or hang change neither the exit code nor, beyond
 * the notifications' deadline, the run's time; no secret reaches a log or a message.
 */
class NotificationsIT {

    private static final String PASSWORD = "Smtp-Pa55word-q8";
    private static final String WEBHOOK_KEY = "Robot-Key-7f3a91";
    private static final String SIGNING_SECRET = "SEC-signing-5e2c";

    @TempDir
    Path root;

    private GreenMail mail;
    private HttpServer robot;
    private final List<String> posted = Collections.synchronizedList(new ArrayList<>());
    private final List<TestWarehouse.Run> runs = new ArrayList<>();

    @BeforeEach
    void startReceivers() throws IOException {
        mail = new GreenMail(new ServerSetup(0, "127.0.0.1", ServerSetup.PROTOCOL_SMTP).dynamicPort())
                .withConfiguration(GreenMailConfiguration.aConfig().withUser("ops@bureau.test", "ops", PASSWORD));
        mail.start();
        robot = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        robot.createContext("/cgi-bin/webhook/send", exchange -> {
            posted.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            byte[] answer = "{\"errcode\":0,\"errmsg\":\"ok\"}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        robot.start();
    }

    @AfterEach
    void stopReceivers() {
        mail.stop();
        robot.stop(0);
    }

    /** A config file naming both receivers, the password and the robot's key in it. */
    private Path config(String name, int smtpPort, int webhookPort, String format, String... more) throws IOException {
        List<String> lines = new ArrayList<>(List.of(
                "notify.email.host=127.0.0.1",
                "notify.email.port=" + smtpPort,
                "notify.email.user=ops",
                "notify.email.password=" + PASSWORD,
                "notify.email.from=kaifang@bureau.test",
                "notify.email.to=ops@bureau.test",
                "notify.webhook.url=http://127.0.0.1:" + webhookPort + "/cgi-bin/webhook/send?key=" + WEBHOOK_KEY,
                "notify.webhook.format=" + format));
        lines.addAll(List.of(more));
        Path file = root.resolve(name);
        Files.write(file, lines, StandardCharsets.UTF_8);
        return file;
    }

    private TestWarehouse.Run nightly(TestWarehouse warehouse, String date, Path config) {
        TestWarehouse.Run run = config == null ? warehouse.nightly(date) : warehouse.nightly(date, "--config", config.toString());
        runs.add(run);
        return run;
    }

    private static void breakRegions(TestWarehouse warehouse) throws IOException {
        Files.writeString(warehouse.data().resolve("reference/region.csv"), "43030X,坏市,Bad,430000,prefecture\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
    }

    private MimeMessage[] mails() {
        return mail.getReceivedMessages();
    }

    @Test
    void aFailedRunIsToldOnceByEachChannelAndAnUnchangedRerunTellsNothing() throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root.resolve("told"));
        Path config = config("told.properties", mail.getSmtp().getPort(), robot.getAddress().getPort(), "wecom");
        breakRegions(warehouse);
        // reference/region.csv has 16 lines: the bad one is line 17
        assertEquals(ExitCodes.JOB_FAILED, nightly(warehouse, "2026-11-21", config).exitCode());
        assertTrue(mail.waitForIncomingEmail(30_000, 1), "an email within 30 s");
        assertEquals(1, mails().length);
        assertEquals(1, posted.size());
        MimeMessage email = mails()[0];
        assertEquals("【kaifang】2026-11-21 夜间作业失败（退出码 1）", email.getSubject());
        // SMTP carries lines ended by CRLF
        String body = String.valueOf(email.getContent()).replace("\r\n", "\n");
        assertTrue(body.contains("步骤：reference"), body);
        assertTrue(body.contains("错误：reference/region.csv:17:1: region_code '43030X'"), body);
        assertTrue(body.contains("./kaifang nightly --date 2026-11-21 --warehouse " + warehouse.warehouse()), body);
        // 企业微信's text message, the same text
        JsonNode wecom = new ObjectMapper().readTree(posted.get(0));
        assertEquals("text", wecom.get("msgtype").asText());
        assertEquals(body.strip(), wecom.get("text").get("content").asText());

        // fixed: the run completes; then unchanged, on the same day and the next, nothing more is told
        Files.write(warehouse.data().resolve("reference/region.csv"), Files.readAllLines(
                TestWarehouse.PROJECT_DATA.resolve("reference/region.csv")), StandardCharsets.UTF_8);
        assertEquals(ExitCodes.OK, nightly(warehouse, "2026-11-21", config).exitCode());
        TestWarehouse.Run unchanged = nightly(warehouse, "2026-11-21", config);
        assertTrue(unchanged.out().contains("nothing to do"), unchanged.out());
        assertEquals(ExitCodes.OK, nightly(warehouse, "2026-11-22", config).exitCode());
        assertEquals(1, mails().length, "no email after the failed run's");
        assertEquals(1, posted.size(), "no webhook after the failed run's");
        noSecretIn(warehouse, body, posted);
    }

    @Test
    void receiversDownOrHangingChangeNeitherTheExitCodeNorTheRunsTimeBeyondTheDeadline() throws Exception {
        TestWarehouse quiet = new TestWarehouse(root.resolve("quiet"));
        TestWarehouse down = new TestWarehouse(root.resolve("down"));
        TestWarehouse hanging = new TestWarehouse(root.resolve("hanging"));
        for (TestWarehouse warehouse : List.of(quiet, down, hanging)) {
            breakRegions(warehouse);
        }
        int closed;
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = socket.getLocalPort();
        }
        HttpServer stuck = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        stuck.setExecutor(Executors.newCachedThreadPool());
        stuck.createContext("/", exchange -> {
            try {
                Thread.sleep(120_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            exchange.close();
        });
        stuck.start();
        try {
            long started = System.nanoTime();
            int quietExit = nightly(quiet, "2026-11-21", null).exitCode();
            double quietSeconds = (System.nanoTime() - started) / 1e9;

            started = System.nanoTime();
            int downExit = nightly(down, "2026-11-21", config("down.properties", closed, closed, "dingtalk",
                    "notify.webhook.secret=" + SIGNING_SECRET)).exitCode();
            double downSeconds = (System.nanoTime() - started) / 1e9;

            // an SMTP server that never greets and a robot that never answers: the deadline (6 s) ends the wait
            try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
                started = System.nanoTime();
                int hangingExit = nightly(hanging, "2026-11-21", config("hanging.properties", silent.getLocalPort(),
                        stuck.getAddress().getPort(), "json")).exitCode();
                double hangingSeconds = (System.nanoTime() - started) / 1e9;
                assertEquals(List.of(ExitCodes.JOB_FAILED, ExitCodes.JOB_FAILED, ExitCodes.JOB_FAILED),
                        List.of(quietExit, downExit, hangingExit));
                assertTrue(Math.abs(downSeconds - quietSeconds) < 10, downSeconds + " s against " + quietSeconds + " s");
                assertTrue(Math.abs(hangingSeconds - quietSeconds) < 10, hangingSeconds + " s against " + quietSeconds + " s");
                // and no longer than the deadline (6 s) and a little
                assertTrue(hangingSeconds - quietSeconds < 7.5, hangingSeconds + " s against " + quietSeconds + " s");
            }
            String log = Files.readString(down.warehouse().resolve("logs/kaifang.log"));
            assertTrue(log.contains("notification by email to ops@bureau.test via 127.0.0.1:" + closed + " failed (attempt 1 of 3)"), log);
            assertTrue(log.contains("notification by dingtalk webhook http://127.0.0.1:" + closed + "/… failed (attempt 1 of 3)"), log);
            noSecretIn(down, "", List.of());
            noSecretIn(hanging, "", List.of());
        } finally {
            stuck.stop(0);
        }
    }

    @Test
    void aCustomsMonthMissingOnThe21stIsOneOverdueSourceToldOnceAndNoneWithItsFile() throws Exception {
        TestWarehouse warehouse = new TestWarehouse(root.resolve("calendar"));
        Path config = config("calendar.properties", mail.getSmtp().getPort(), robot.getAddress().getPort(), "json");
        // the office tracks customs from January 2026; January to September have come, October (due 20 November) not
        Path calendar = warehouse.data().resolve("reference/source_calendar.csv");
        Files.writeString(calendar, Files.readString(calendar).replace(
                "sources/trade_flows/*,海关进出口数据,Customs trade detail,monthly,,20,10,,,",
                "sources/trade_flows/*,海关进出口数据,Customs trade detail,monthly,,20,10,2026-01,,"));
        for (int month = 1; month <= 9; month++) {
            customsMonth(warehouse, month);
        }
        assertEquals(ExitCodes.OK, nightly(warehouse, "2026-11-21", config).exitCode());

        TestWarehouse.Run status = warehouse.kaifang("status", "--date", "2026-11-21", "--format", "json");
        assertEquals(ExitCodes.OK, status.exitCode(), status.err());
        JsonNode sources = new ObjectMapper().readTree(status.out()).get("sources");
        List<JsonNode> overdue = new ArrayList<>();
        sources.forEach(s -> {
            if (s.get("state").asText().equals("overdue")) {
                overdue.add(s);
            }
        });
        assertEquals(1, overdue.size(), status.out());
        assertEquals(List.of("sources/trade_flows/*", "2026-10", "2026-11-20", "1", "warn"), List.of(
                overdue.get(0).get("source_pattern").asText(), overdue.get(0).get("overdue_period").asText(),
                overdue.get(0).get("overdue_due_date").asText(), overdue.get(0).get("days_late").asText(),
                overdue.get(0).get("severity").asText()));
        assertEquals(List.of(List.of("warn", "sources/trade_flows/*", "2026-10")), warehouse.query(
                "select severity, source_pattern, period from data_quality where check_name = 'chk_source_overdue'"));
        assertTrue(Files.readString(warehouse.warehouse().resolve("status.html")).contains("已逾期 1 天"));

        assertTrue(mail.waitForIncomingEmail(30_000, 1));
        assertEquals(1, mails().length);
        assertEquals(1, posted.size());
        JsonNode notice = new ObjectMapper().readTree(posted.get(0));
        assertEquals("source_overdue", notice.get("events").get(0).get("kind").asText());
        assertEquals("数据逾期：海关进出口数据（sources/trade_flows/*）2026年10月数据应于 2026-11-20 前到达，已逾期 1 天",
                notice.get("events").get(0).get("summary").asText());
        assertEquals(1, notice.get("events").size(), posted.get(0));

        // the next night, still missing: told already, nothing sent
        assertEquals(ExitCodes.OK, nightly(warehouse, "2026-11-22", config).exitCode());
        assertEquals(1, posted.size());

        // a backfill of 19 November, when October was not yet due, judges the past: it neither tells
        // nor forgets what was told, so the next night, October still missing, tells nothing again
        assertEquals(ExitCodes.OK, nightly(warehouse, "2026-11-19", config).exitCode());
        assertEquals(ExitCodes.OK, nightly(warehouse, "2026-11-23", config).exitCode());
        assertEquals(1, posted.size());

        // October's file comes: nothing overdue, nothing sent
        customsMonth(warehouse, 10);
        assertEquals(ExitCodes.OK, nightly(warehouse, "2026-11-24", config).exitCode());
        TestWarehouse.Run after = warehouse.kaifang("status", "--date", "2026-11-24", "--format", "json");
        new ObjectMapper().readTree(after.out()).get("sources").forEach(s ->
                assertFalse(s.get("state").asText().equals("overdue"), after.out()));
        assertEquals("0", warehouse.query("select count(*) from data_quality where check_name = 'chk_source_overdue'")
                .get(0).get(0));
        assertEquals(1, mails().length);
        assertEquals(1, posted.size());
    }

    @Test
    void anIndicatorFallingBehind序时进度IsToldOnceAndNotWhileItStaysBehind() throws Exception {
        TestWarehouse warehouse = behindInSeptember("pace");
        Path config = config("pace.properties", mail.getSmtp().getPort(), robot.getAddress().getPort(), "feishu");
        assertEquals(ExitCodes.OK, nightly(warehouse, "2026-10-20", config).exitCode());
        assertEquals(1, posted.size());
        JsonNode feishu = new ObjectMapper().readTree(posted.get(0));
        assertEquals("text", feishu.get("msg_type").asText());
        String text = feishu.get("content").get("text").asText();
        assertTrue(text.startsWith("【kaifang】2026-10-20 夜间作业：1 项需要关注"), text);
        assertTrue(text.contains("滞后于序时进度：湘潭市 境外企业累计，2026年1-9月较上年末增量为年度目标增量的 45.5%，序时进度 75.0%，落后 29.5 个百分点"), text);

        // October: 46, still behind (63.6% against 83.3%, as printed): told already
        warehouse.append("sources/observations/xiangtan_2026_bulletin.csv", "430300,odi_enterprises_total,2026,10,46,家,,test bulletin");
        assertEquals(ExitCodes.OK, nightly(warehouse, "2026-11-20", config).exitCode());
        assertEquals(1, posted.size());
        assertEquals(1, mails().length);
        // November: 50, the target reached: nothing to tell, and the state is over
        warehouse.append("sources/observations/xiangtan_2026_bulletin.csv", "430300,odi_enterprises_total,2026,11,50,家,,test bulletin");
        assertEquals(ExitCodes.OK, nightly(warehouse, "2026-12-20", config).exitCode());
        assertEquals(1, posted.size());
        assertEquals("# as of 2026-12-20", Files.readString(warehouse.warehouse().resolve("notify/conditions.txt")).strip());
    }

    @Test
    void withoutFiguresTheNoticeNamesWhatIsBehindButNoShare() throws Exception {
        TestWarehouse warehouse = behindInSeptember("plain");
        Path config = config("plain.properties", mail.getSmtp().getPort(), robot.getAddress().getPort(), "wecom",
                "notify.figures=false");
        assertEquals(ExitCodes.OK, nightly(warehouse, "2026-10-20", config).exitCode());
        String text = new ObjectMapper().readTree(posted.get(0)).get("text").get("content").asText();
        assertTrue(text.contains("滞后于序时进度：湘潭市 境外企业累计，2026年1-9月\n"), text);
        assertFalse(text.contains("%") || text.contains("45.5") || text.contains("29.5"), text);
    }

    /**
     * 境外企业累计: 39 at the end of 2025, 44 at the end of September 2026, target 50: (44 - 39) / (50 - 39)
     * = 45.45% of the way against 75% of the year elapsed: as printed, 45.5 against 75.0, 29.5 points behind.
     */
    private TestWarehouse behindInSeptember(String name) {
        TestWarehouse warehouse = new TestWarehouse(root.resolve(name));
        warehouse.write("sources/observations/xiangtan_2026_bulletin.csv",
                "region_code,indicator_code,year,month,value,unit,reported_yoy_pct,source",
                "430300,odi_enterprises_total,2025,,39,家,,test bulletin",
                "430300,odi_enterprises_total,2026,9,44,家,,test bulletin");
        warehouse.write("sources/targets/xiangtan_2026_targets.csv",
                "region_code,indicator_code,year,kind,value,unit,binding,source_doc",
                "430300,odi_enterprises_total,2026,level,50,家,expected,test plan");
        return warehouse;
    }

    /** One line of customs detail for a month of 2026, in its own file. */
    private static void customsMonth(TestWarehouse warehouse, int month) {
        warehouse.write(String.format("sources/trade_flows/hg_2026%02d.csv", month),
                "year,month,region_code,partner_iso,hs_code,flow,value_usd,quantity",
                "2026," + month + ",430300,USA,85176200,export,1000000,");
    }

    /** Neither the password nor the robot's key nor its secret in the log, the output or what was sent. */
    private void noSecretIn(TestWarehouse warehouse, String email, List<String> bodies) throws IOException {
        List<String> texts = new ArrayList<>(List.of(email));
        texts.addAll(bodies);
        runs.forEach(r -> texts.addAll(List.of(r.out(), r.err())));
        try (Stream<Path> logs = Files.walk(warehouse.warehouse().resolve("logs"))) {
            for (Path log : logs.filter(Files::isRegularFile).toList()) {
                texts.add(Files.readString(log));
            }
        }
        for (String text : texts) {
            for (String secret : List.of(PASSWORD, WEBHOOK_KEY, SIGNING_SECRET)) {
                assertFalse(text.contains(secret), "a secret in: " + text);
            }
        }
    }
}
