package uk.icr.bench.load;

import java.util.function.BiConsumer;

import io.vertx.core.Vertx;
import io.vertx.core.VertxOptions;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;

/**
 * The load generator's HTTP client: Vert.x on two event loops, so that sending and timing cost little CPU
 * on a machine the suite itself shares.
 */
public final class LoadClient implements AutoCloseable {

    /** A call that does not answer within this counts as an error. */
    private static final long TIMEOUT_MS = 10_000;

    private final Vertx vertx;
    private final HttpClient client;

    public LoadClient(int maxConnections) {
        vertx = Vertx.vertx(new VertxOptions().setEventLoopPoolSize(2));
        client = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setTcpNoDelay(true),
                new PoolOptions().setHttp1MaxSize(maxConnections).setMaxWaitQueueSize(-1));
    }

    /** Sends the call; {@code done} gets the answer (status and body) or the failure. */
    public void send(HttpCall call, BiConsumer<Answer, Throwable> done) {
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.valueOf(call.method()))
                .setAbsoluteURI(call.url()).setTimeout(TIMEOUT_MS);
        call.headers().forEach(options::addHeader);
        client.request(options)
                .compose(request -> call.body() == null ? request.send() : request.send(call.body()))
                .compose(response -> response.body().map(body -> new Answer(response, body)))
                .onComplete(result -> {
                    try {
                        done.accept(result.result(), result.cause());
                    } catch (RuntimeException e) {
                        // A scenario's bug must show, not silently stop its chain of calls.
                        e.printStackTrace();
                    }
                });
    }

    @Override
    public void close() {
        client.close();
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** The answer to a call. */
    public record Answer(HttpClientResponse response, Buffer body) {
        public int status() {
            return response.statusCode();
        }

        public String header(String name) {
            return response.getHeader(name);
        }
    }
}
