package dev.carriercontracts.mock.cnexpress.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.carriercontracts.mock.Carrier;
import dev.carriercontracts.mock.auth.Credential;
import dev.carriercontracts.mock.auth.Credentials;
import dev.carriercontracts.mock.carrier.CarrierContext;
import dev.carriercontracts.mock.clock.MockClock;
import dev.carriercontracts.mock.cnexpress.account.AccountBook;
import dev.carriercontracts.mock.cnexpress.request.OrderIntake;
import dev.carriercontracts.mock.cnexpress.request.RequestBook;
import dev.carriercontracts.mock.cnexpress.request.RequestLifecycle;
import dev.carriercontracts.mock.cnexpress.request.RequestNumbers;
import dev.carriercontracts.mock.cnexpress.request.RequestState;
import dev.carriercontracts.mock.cnexpress.request.RequestStore;
import dev.carriercontracts.mock.cnexpress.request.StoredRequest;
import dev.carriercontracts.mock.cnexpress.settings.CnExpressSettings;
import dev.carriercontracts.mock.cnexpress.wire.BaseUrls;
import dev.carriercontracts.mock.cnexpress.wire.RequestJson;
import dev.carriercontracts.mock.config.CarrierSettings;
import dev.carriercontracts.mock.config.MockConfig;
import dev.carriercontracts.mock.http.JsonMapper;

import java.lang.management.ManagementFactory;
import java.lang.ref.Reference;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * How much heap the CNExpress request store needs, and that its calls cost the same whatever it holds.
 * Not a test: run it with {@code mock-server/bench/memory.sh} (which gives it {@code -Xmx1g}).
 *
 * <ol>
 *   <li>fills the store with {@code packages} packages (default 1,000,000; requests of the seed's first
 *       package, each with its own order_no), through the same intake and store as {@code POST /requests};</li>
 *   <li>prints, at 10 thousand, 100 thousand and every further step, the cost of a create and of a poll (median of 10 slices)
 *       ({@code GET /requests/{no}}: look-up, state, the JSON answer written) on random requests;</li>
 *   <li>prints the heap used after a full GC, and per package;</li>
 *   <li>adds 10 % more once the first requests have finished: the cap drops the oldest finished ones (logged
 *       once per batch), the first request is gone and the newest is there.</li>
 * </ol>
 * Usage: {@code RequestStoreMemoryBenchmark [packages] [packagesPerRequest]}.
 */
public final class RequestStoreMemoryBenchmark {

    private static final int READS_PER_STEP = 200_000;
    private static final int SLICES = 10;

    private RequestStoreMemoryBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        long packages = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
        int perRequest = args.length > 1 ? Integer.parseInt(args[1]) : 1;
        MockClock clock = MockClock.virtual(Instant.parse("2026-01-01T00:00:00Z"));
        CarrierSettings settings = MockConfig.defaults().carrier(Carrier.CNEXPRESS);
        CarrierContext context = new CarrierContext(Carrier.CNEXPRESS, settings,
                new Credentials(Carrier.CNEXPRESS, settings.credentials()), clock, JsonMapper.create(), (int) packages);
        CnExpressSettings cnexpress = CnExpressSettings.read(context);
        RequestLifecycle lifecycle = new RequestLifecycle(cnexpress.delays());
        RequestStore store = new RequestStore(lifecycle, packages);
        RequestBook book = new RequestBook(new OrderIntake(cnexpress.catalogue()), new AccountBook(cnexpress.accounts()), store, lifecycle);
        RequestJson json = new RequestJson(cnexpress.catalogue());
        BaseUrls.BaseUrl base = new BaseUrls(null, Carrier.CNEXPRESS.basePath()).of("127.0.0.1:8080", null);
        Credential me = context.credentials().byId("my_username").orElseThrow();
        ObjectNode order = order(perRequest);

        warmUp(cnexpress, lifecycle, json, base, me, order, clock);
        long baseline = heapAfterGc();
        System.out.printf("JVM max heap %d MiB; store cap %,d packages; %d package(s) per request%n",
                Runtime.getRuntime().maxMemory() >> 20, packages, perRequest);
        System.out.printf("%14s %14s %16s %16s%n", "packages", "requests", "create ns/op", "poll ns/op");
        long requests = packages / perRequest;
        long created = 0;
        long step = 10_000;
        long written = 0;
        while (created < requests) {
            long until = Math.min(requests, created + step);
            // each cost is the median of 10 slices of the step: the machine is shared, a slice can be disturbed
            double[] creates = new double[SLICES];
            long sliceSize = Math.max(1, (until - created) / SLICES);
            for (int slice = 0; slice < SLICES; slice++) {
                long sliceEnd = slice == SLICES - 1 ? until : Math.min(until, created + sliceSize);
                long start = System.nanoTime();
                for (long i = created; i < sliceEnd; i++) {
                    order.put("order_no", "BENCH-" + i);
                    book.submit(me, order, RequestLifecycle.toMicros(clock.instant()));
                }
                creates[slice] = (System.nanoTime() - start) / (double) Math.max(1, sliceEnd - created);
                created = sliceEnd;
            }
            long startMicros = RequestLifecycle.toMicros(clock.instant());
            SplittableRandom random = new SplittableRandom(created);
            double[] polls = new double[SLICES];
            for (int slice = 0; slice < SLICES; slice++) {
                long start = System.nanoTime();
                for (int r = 0; r < READS_PER_STEP / SLICES; r++) {
                    long sequence = 1 + random.nextLong(created);
                    StoredRequest found = book.find(me, RequestNumbers.requestNoText(sequence, startMicros)).orElseThrow();
                    RequestState state = book.state(found, startMicros);
                    written += json.request(found, new RequestJson.Situation(state, null, base)).length;
                }
                polls[slice] = (System.nanoTime() - start) / (double) (READS_PER_STEP / SLICES);
            }
            System.out.printf("%,14d %,14d %16.0f %16.0f%n", store.packages(), store.requests(), median(creates), median(polls));
            step = created < 100_000 ? 90_000 : 200_000;
        }

        long used = heapAfterGc() - baseline;
        System.out.printf("%nheap used by %,d stored packages (%,d requests): %,d MiB, %,d bytes per package%n",
                store.packages(), store.requests(), used >> 20, used / Math.max(1, store.packages()));
        System.out.printf("(answers written while polling: %,d MiB, not kept)%n", written >> 20);

        clock.advance(Duration.ofSeconds(10));   // every request stored so far has finished
        long more = requests / 10;
        for (long i = 0; i < more; i++) {
            order.put("order_no", "MORE-" + i);
            book.submit(me, order, RequestLifecycle.toMicros(clock.instant()));
        }
        long now = RequestLifecycle.toMicros(clock.instant());
        String first = RequestNumbers.requestNoText(1, RequestLifecycle.toMicros(Instant.parse("2026-01-01T00:00:00Z")));
        String newest = RequestNumbers.requestNoText(requests + more, now);
        System.out.printf("%nafter %,d more requests: the store holds %,d packages (cap %,d); first request %s %s; newest %s %s%n",
                more, store.packages(), packages, first, book.find(me, first).isPresent() ? "still there" : "dropped",
                newest, book.find(me, newest).isPresent() ? "kept" : "MISSING");
        System.out.printf("heap used after the drops: %,d MiB%n", (heapAfterGc() - baseline) >> 20);
        Reference.reachabilityFence(book);   // measured above: it must not be collected before
        Reference.reachabilityFence(store);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /** Compiles the create and poll paths on a throw-away store, so that the table measures them warm. */
    private static void warmUp(CnExpressSettings cnexpress, RequestLifecycle lifecycle, RequestJson json, BaseUrls.BaseUrl base,
                               Credential me, ObjectNode order, MockClock clock) {
        RequestBook book = new RequestBook(new OrderIntake(cnexpress.catalogue()), new AccountBook(cnexpress.accounts()),
                new RequestStore(lifecycle, 1_000_000), lifecycle);
        long now = RequestLifecycle.toMicros(clock.instant());
        for (int i = 0; i < 200_000; i++) {
            order.put("order_no", "WARM-" + i);
            StoredRequest r = ((RequestBook.Submission.Created) book.submit(me, order, now)).request();
            StoredRequest found = book.find(me, RequestNumbers.requestNoText(r.sequence(), now)).orElseThrow();
            json.request(found, new RequestJson.Situation(book.state(found, now), null, base));
        }
    }

    private static ObjectNode order(int packages) throws Exception {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode order = mapper.createObjectNode().put("route_code", "cnpost").put("order_no", "1234567");
        var list = order.putArray("packages");
        for (int i = 0; i < packages; i++) {
            list.add(mapper.readTree("""
                    {"sender_name": "发件人1", "sender_phone_number": "01234567", "sender_address": "发件人地址测试英国地址",
                     "receiver_name": "张三", "receiver_phone_number": "12345678911", "receiver_address": "黄浦江路33号",
                     "receiver_city": "黄山市", "receiver_post_code": "200000", "receiver_id_number": "X40192928323",
                     "weight": "4.00", "length": 20, "width": 20, "height": 20, "package_no": "%d",
                     "items": [{"barcode": "5000378998287", "count": 2}, {"name": "爱他美奶粉2段", "count": 4}]}
                    """.formatted(i + 1)));
        }
        return order;
    }

    private static long heapAfterGc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200);
        }
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }
}
