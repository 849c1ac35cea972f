package com.xingping;

import org.springframework.boot.SpringApplication;

import com.xingping.audit.AuditCommand;
import com.xingping.backup.BackupCommands;
import com.xingping.generate.GenerateCommand;
import com.xingping.scorecard.RescoreCommand;
import com.xingping.scoring.cases.TestRubricCommand;
import com.xingping.scoring.cli.ScoreCommand;

/**
 * Entry point of {@code xingping.jar}: {@code score FILE} runs the offline scoring command without
 * starting Spring, and so does {@code test-rubric RUBRIC.yaml CASES.yaml…} (rubric case tables); {@code rescore [--year Y]} rebuilds the stored standings (Spring without the web
 * server); {@code generate --units N --records-per-unit M --password P} fills an empty database with a
 * province's year (likewise); {@code audit verify} checks the audit log's hash chain (likewise);
 * {@code backup DIR}, {@code backup verify DIR}, {@code restore DIR} and {@code verify} back up, restore
 * and check the installation; anything else starts the platform.
 */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) {
        // the embedded H2 file is opened with AUTO_SERVER=TRUE, so that `backup` and `verify` can read it while the
        // platform runs: the TCP server H2 then starts must listen on the loopback address only
        if (System.getProperty("h2.bindAddress") == null) {
            System.setProperty("h2.bindAddress", "127.0.0.1");
        }
        if (args.length > 0 && args[0].equals(ScoreCommand.NAME)) {
            System.exit(ScoreCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.in, System.out, System.err));
        }
        if (args.length > 0 && args[0].equals(TestRubricCommand.NAME)) {
            System.exit(TestRubricCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), System.out, System.err));
        }
        if (args.length > 0 && args[0].equals(RescoreCommand.NAME)) {
            System.exit(RescoreCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), XingpingApplication.class,
                    System.out, System.err));
        }
        if (args.length > 0 && args[0].equals(GenerateCommand.NAME)) {
            System.exit(GenerateCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), XingpingApplication.class,
                    System.out, System.err));
        }
        if (args.length > 0 && args[0].equals(AuditCommand.NAME)) {
            System.exit(AuditCommand.run(java.util.Arrays.copyOfRange(args, 1, args.length), XingpingApplication.class,
                    System.out, System.err));
        }
        if (args.length > 0 && BackupCommands.NAMES.contains(args[0])) {
            System.exit(BackupCommands.run(args[0], java.util.Arrays.copyOfRange(args, 1, args.length), XingpingApplication.class,
                    System.out, System.err));
        }
        SpringApplication.run(XingpingApplication.class, args);
    }
}
