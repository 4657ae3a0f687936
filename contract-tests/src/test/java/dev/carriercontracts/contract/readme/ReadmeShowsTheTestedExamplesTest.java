package dev.carriercontracts.contract.readme;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Holds the root README to what this package claims: for each carrier, the README shows exactly the code between
 * {@code // README <carrier>} and {@code // README end} of its {@code *ReadmeExampleTest}, inside a {@code ```java}
 * code block. The marked block is read from the test's source, its common indentation stripped, and compared with
 * the README line by line, trailing whitespace ignored; the README's block may hold more lines around it (the
 * {@code baseUrl} the test gets from the mock server). Paths are relative to the module directory, the working
 * directory of the tests under Surefire.
 */
class ReadmeShowsTheTestedExamplesTest {

    private static final Path README = Path.of("..", "README.md");
    private static final Path SOURCES = Path.of("src", "test", "java", "dev", "carriercontracts", "contract", "readme");
    private static final String END = "// README end";

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource({
            "cnexpress,        CnExpressReadmeExampleTest",
            "trackingmore,     TrackingMoreReadmeExampleTest",
            "cj,               CjReadmeExampleTest",
            "package-tracking, PackageTrackingReadmeExampleTest",
            "cdek,             CdekReadmeExampleTest"})
    void the_readme_shows_the_marked_code_of_the_example_test(String carrier, String testClass) {
        Path source = SOURCES.resolve(testClass + ".java");
        List<String> example = markedBlock(carrier, source);
        List<CodeBlock> javaBlocks = javaBlocks(read(README));

        for (CodeBlock block : javaBlocks) {
            if (block.indexOf(example) >= 0) {
                return;
            }
        }
        fail(mismatch(carrier, source, example, javaBlocks));
    }

    /** A sixth carrier's example test cannot go unchecked: the list above is every example test of the package. */
    @Test
    void every_example_test_of_the_package_is_checked() throws IOException {
        Set<String> examples;
        try (Stream<Path> files = Files.list(SOURCES)) {
            examples = files.map(file -> file.getFileName().toString())
                    .filter(name -> name.endsWith("ReadmeExampleTest.java"))
                    .collect(Collectors.toSet());
        }
        assertThat(examples).containsExactlyInAnyOrder(
                "CnExpressReadmeExampleTest.java", "TrackingMoreReadmeExampleTest.java", "CjReadmeExampleTest.java",
                "PackageTrackingReadmeExampleTest.java", "CdekReadmeExampleTest.java");
    }

    /** The lines between the carrier's start marker and the end marker, common indentation and trailing blanks stripped. */
    private static List<String> markedBlock(String carrier, Path source) {
        String start = "// README " + carrier;
        List<String> lines = read(source);
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).strip().equals(start)) {
                starts.add(i);
            }
        }
        assertThat(starts).as("lines of %s that are exactly `%s`", source, start).hasSize(1);
        int first = starts.get(0) + 1;
        int end = first;
        while (end < lines.size() && !lines.get(end).strip().equals(END)) {
            assertThat(lines.get(end).strip()).as("line %d of %s, before `%s`", end + 1, source, END)
                    .doesNotStartWith("// README ");
            end++;
        }
        assertThat(end).as("`%s` after `%s` in %s", END, start, source).isLessThan(lines.size());
        List<String> block = lines.subList(first, end);
        assertThat(block).as("the code between `%s` and `%s` in %s", start, END, source)
                .anySatisfy(line -> assertThat(line).isNotBlank());
        int indent = block.stream().filter(line -> !line.isBlank())
                .mapToInt(line -> line.length() - line.stripLeading().length())
                .min().orElseThrow();
        return block.stream().map(line -> line.isBlank() ? "" : line.substring(indent).stripTrailing()).toList();
    }

    /** The {@code ```java} blocks of a Markdown file, each with the line number of its first code line. */
    private static List<CodeBlock> javaBlocks(List<String> markdown) {
        List<CodeBlock> blocks = new ArrayList<>();
        for (int i = 0; i < markdown.size(); i++) {
            if (!markdown.get(i).strip().equals("```java")) {
                continue;
            }
            int first = i + 1;
            int end = first;
            while (end < markdown.size() && !markdown.get(end).strip().equals("```")) {
                end++;
            }
            blocks.add(new CodeBlock(first + 1, markdown.subList(first, end).stream().map(String::stripTrailing).toList()));
            i = end;
        }
        return blocks;
    }

    /** Names the carrier and shows a diff of the example against the README block closest to it. */
    private static String mismatch(String carrier, Path source, List<String> example, List<CodeBlock> javaBlocks) {
        StringBuilder message = new StringBuilder()
                .append(README).append(" does not show the ").append(carrier).append(" example: no ```java block of it ")
                .append("contains the lines between `// README ").append(carrier).append("` and `").append(END)
                .append("` of ").append(source).append(" (compared line by line, trailing whitespace ignored).\n");
        if (javaBlocks.isEmpty()) {
            return message.append(README).append(" has no ```java block at all.").toString();
        }
        CodeBlock closest = javaBlocks.get(0);
        int closestShared = -1;
        for (CodeBlock block : javaBlocks) {
            int shared = commonLines(example, block.lines());
            if (shared > closestShared) {
                closest = block;
                closestShared = shared;
            }
        }
        message.append("Diff against the closest block, README.md line ").append(closest.firstLine())
                .append(" ('-' only in the test, '+' only in the README, '  ' in both):\n");
        diff(example, closest.lines(), closest.firstLine(), message);
        return message.toString();
    }

    private static int commonLines(List<String> a, List<String> b) {
        return lcs(a, b)[0][0];
    }

    /** {@code table[i][j]}: the length of the longest common subsequence of {@code a[i..]} and {@code b[j..]}. */
    private static int[][] lcs(List<String> a, List<String> b) {
        int[][] table = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                table[i][j] = a.get(i).equals(b.get(j)) ? table[i + 1][j + 1] + 1 : Math.max(table[i + 1][j], table[i][j + 1]);
            }
        }
        return table;
    }

    private static void diff(List<String> test, List<String> readme, int readmeFirstLine, StringBuilder out) {
        int[][] table = lcs(test, readme);
        int i = 0;
        int j = 0;
        while (i < test.size() || j < readme.size()) {
            if (i < test.size() && j < readme.size() && test.get(i).equals(readme.get(j))) {
                out.append("   ").append(test.get(i)).append('\n');
                i++;
                j++;
            } else if (i < test.size() && (j == readme.size() || table[i + 1][j] >= table[i][j + 1])) {
                out.append(" - ").append(test.get(i)).append('\n');
                i++;
            } else {
                out.append(" + ").append(readme.get(j)).append("   [README.md:").append(readmeFirstLine + j).append("]\n");
                j++;
            }
        }
    }

    private static List<String> read(Path file) {
        assertThat(file).as("%s, relative to the working directory %s", file, Path.of("").toAbsolutePath()).isRegularFile();
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read " + file.toAbsolutePath(), e);
        }
    }

    /** A code block's lines, trailing whitespace stripped, and the 1-based line number of its first line. */
    private record CodeBlock(int firstLine, List<String> lines) {

        /** Where {@code run} starts as a contiguous run of this block's lines, or -1. */
        int indexOf(List<String> run) {
            for (int start = 0; start + run.size() <= lines.size(); start++) {
                if (lines.subList(start, start + run.size()).equals(run)) {
                    return start;
                }
            }
            return -1;
        }
    }
}
