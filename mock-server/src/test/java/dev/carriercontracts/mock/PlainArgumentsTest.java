package dev.carriercontracts.mock;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import picocli.CommandLine;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The usual command lines are read without picocli, the same way picocli reads them; the rest go to picocli. */
class PlainArgumentsTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "",
            "--port 8080",
            "--port=0 --host=127.0.0.1",
            "--host 0.0.0.0 --port 9090 --config mock.yaml",
            "--config=conf/mock.yaml",
            "--config a=b.yaml --host ::1"})
    void usual_command_lines_are_read_as_picocli_reads_them(String line) {
        String[] args = split(line);

        PlainArguments plain = PlainArguments.read(args);

        MockServerMain picocli = new MockServerMain();
        new CommandLine(picocli).parseArgs(args);
        assertThat(plain).isEqualTo(picocli.arguments());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "--help",
            "-h",
            "--version",
            "--prot 8080",
            "--port",
            "--port=",
            "--port eighty",
            "--port +8080",
            "--port -1",
            "--port 8080 --port 9090",
            "--host --port 8080",
            "@args.txt",
            "--config @mock.yaml",
            "--port 8080 extra"})
    void anything_else_is_left_to_picocli(String line) {
        assertThat(PlainArguments.read(split(line))).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--config mock.yaml", "--config=mock.yaml"})
    void the_config_file_is_a_path(String line) {
        assertThat(PlainArguments.read(split(line)).config()).isEqualTo(Path.of("mock.yaml"));
    }

    private static String[] split(String line) {
        return line.isEmpty() ? new String[0] : line.split(" ");
    }
}
