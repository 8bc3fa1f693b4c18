import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

import com.sun.management.OperatingSystemMXBean;

/**
 * Builds the same content several times in one JVM and prints each build's wall and CPU time:
 * the first build pays for the JVM's warm-up (class loading, interpreted code, JIT compiling),
 * the later ones show what a build costs once the code is compiled. BENCHMARKS.md, "How far a
 * warm JVM gets", uses it to tell the warm-up from the work.
 *
 * <pre>
 * java -XX:TieredStopAtLevel=1 -XX:+UseParallelGC -Xmx1g -cp target/masthead.jar \
 *     bench/WarmBuilds.java target/bench/c10000/masthead/content 4 [OUT_DIR]
 * </pre>
 *
 * Each build writes a fresh site under OUT_DIR (default /dev/shm/masthead-warm: memory, so that
 * the disk's mood does not blur the comparison), deleted once the build is timed. On this
 * machine's disk a deletion slows the files made in the next minute (BENCHMARKS.md, "The
 * disk"), so an OUT_DIR on disk gives later builds an unfair handicap.
 */
public class WarmBuilds {

    public static void main(String[] args) throws Exception {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: java [JVM flags] -cp target/masthead.jar bench/WarmBuilds.java CONTENT_DIR BUILDS [OUT_DIR]");
            System.exit(2);
        }
        String content = args[0];
        int builds = Integer.parseInt(args[1]);
        Path root = Path.of(args.length == 3 ? args[2] : "/dev/shm/masthead-warm");
        deleteTree(root);
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        PrintWriter quiet = new PrintWriter(Writer.nullWriter());
        for (int i = 1; i <= builds; i++) {
            String out = root.resolve("run" + i).resolve("site").toString();
            long wall = System.nanoTime();
            long cpu = os.getProcessCpuTime();
            int code = org.masthead.cli.Main.run(quiet, quiet, "build", "--content", content, "--out", out);
            double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
            double wallSeconds = (System.nanoTime() - wall) / 1e9;
            if (code != 0) {
                System.err.println("build " + i + " exited with " + code);
                System.exit(1);
            }
            System.out.printf("build %d: wall %6.2f s  cpu %6.2f s%n", i, wallSeconds, cpuSeconds);
            deleteTree(root);
        }
    }

    private static void deleteTree(Path root) throws IOException, InterruptedException {
        if (Files.exists(root)) {
            new ProcessBuilder("rm", "-rf", root.toString()).inheritIO().start().waitFor();
        }
    }
}
