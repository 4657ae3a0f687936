package dev.carriercontracts.mock.cnexpress.waybill;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Render times and PDF sizes of waybills: a quick measurement, not a test (performance targets
 * live in benchmarks, never in timed unit tests). Writes the seed's sample waybill to
 * {@code /tmp/waybill-sample.pdf} (or the first argument) and the merged request to
 * {@code /tmp/waybill-sample-request.pdf}.
 *
 * <p>Run: {@code java -cp <test classpath> dev.carriercontracts.mock.cnexpress.waybill.WaybillRenderBenchmark}
 */
public final class WaybillRenderBenchmark {

    private static final int ROUNDS = 300;

    public static void main(String[] args) throws Exception {
        Path sample = Path.of(args.length > 0 ? args[0] : "/tmp/waybill-sample.pdf");
        WaybillRenderer renderer = new WaybillRenderer();
        Waybill one = WaybillSamples.zhangSan();
        List<Waybill> ten = WaybillSamples.request(10);

        long start = System.nanoTime();
        byte[] first = renderer.render(one);
        System.out.printf("first render (cold JVM, loads the font): %.1f ms%n", (System.nanoTime() - start) / 1e6);

        for (int i = 0; i < ROUNDS; i++) {
            renderer.render(one);
            renderer.renderMerged(ten);
        }
        report("one waybill", () -> renderer.render(one), 1);
        report("merged, 10 packages", () -> renderer.renderMerged(ten), 10);
        parseCost();
        concurrent(renderer, one);

        Files.write(sample, first);
        Path merged = sample.resolveSibling("waybill-sample-request.pdf");
        Files.write(merged, renderer.renderMerged(List.of(WaybillSamples.zhangSan(), WaybillSamples.liSi())));
        System.out.println("wrote " + sample + " and " + merged);
    }

    private static void report(String what, Supplier<byte[]> render, int pages) {
        long[] times = new long[ROUNDS];
        int size = 0;
        for (int i = 0; i < ROUNDS; i++) {
            long t = System.nanoTime();
            size = render.get().length;
            times[i] = System.nanoTime() - t;
        }
        java.util.Arrays.sort(times);
        System.out.printf("%-22s median %6.2f ms, p90 %6.2f ms (%.2f ms/page), %,d bytes%n", what,
                times[ROUNDS / 2] / 1e6, times[ROUNDS * 9 / 10] / 1e6, times[ROUNDS / 2] / 1e6 / pages, size);
    }

    /**
     * The design choice of {@link WaybillFont}: what putting the font into a document costs when
     * each document parses its own TrueTypeFont from the cached bytes, against loading a font
     * already parsed (what the pool, or one shared font behind a lock, costs).
     */
    private static void parseCost() throws IOException {
        byte[] ttf;
        try (InputStream in = Objects.requireNonNull(WaybillFont.class.getResourceAsStream(WaybillFont.RESOURCE))) {
            ttf = in.readAllBytes();
        }
        TrueTypeFont shared = new TTFParser().parse(new RandomAccessReadBuffer(ttf));
        for (int i = 0; i < ROUNDS; i++) {
            perDocument(ttf);
            parsedFont(shared);
        }
        long t = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            perDocument(ttf);
        }
        double parsed = (System.nanoTime() - t) / 1e6 / ROUNDS;
        t = System.nanoTime();
        for (int i = 0; i < ROUNDS; i++) {
            parsedFont(shared);
        }
        double reused = (System.nanoTime() - t) / 1e6 / ROUNDS;
        System.out.printf("font into a document: parsed per document %.2f ms, already parsed (pooled) %.2f ms%n", parsed, reused);
        shared.close();
    }

    private static void perDocument(byte[] ttf) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font.load(document, new RandomAccessReadBuffer(ttf), true, false).getStringWidth("张三 TEST000000001");
        }
    }

    private static void parsedFont(TrueTypeFont shared) throws IOException {
        try (PDDocument document = new PDDocument()) {
            PDType0Font.load(document, shared, true).getStringWidth("张三 TEST000000001");
        }
    }

    private static void concurrent(WaybillRenderer renderer, Waybill waybill) throws Exception {
        int threads = Runtime.getRuntime().availableProcessors();
        int perThread = ROUNDS / 2;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            long t = System.nanoTime();
            List<Future<?>> done = new java.util.ArrayList<>();
            for (int k = 0; k < threads; k++) {
                done.add(pool.submit(() -> {
                    for (int i = 0; i < perThread; i++) {
                        renderer.render(waybill);
                    }
                }));
            }
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - t) / 1e9;
            System.out.printf("%d threads: %.0f waybills/s%n", threads, threads * perThread / seconds);
        } finally {
            pool.shutdown();
        }
    }
}
