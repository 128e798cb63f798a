package uk.stpartnership.jobworker;

import io.micronaut.management.health.indicator.HealthIndicator;
import io.micronaut.management.health.indicator.HealthResult;
import org.reactivestreams.Subscriber;
import org.reactivestreams.Subscription;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/** What a health indicator answers now. */
final class Health {

    private Health() {
    }

    static HealthResult of(HealthIndicator indicator) {
        CompletableFuture<HealthResult> result = new CompletableFuture<>();
        indicator.getResult().subscribe(new Subscriber<>() {
            @Override
            public void onSubscribe(Subscription subscription) {
                subscription.request(1);
            }

            @Override
            public void onNext(HealthResult answer) {
                result.complete(answer);
            }

            @Override
            public void onError(Throwable failure) {
                result.completeExceptionally(failure);
            }

            @Override
            public void onComplete() {
                result.completeExceptionally(new IllegalStateException("The indicator answered nothing"));
            }
        });
        return result.orTimeout(10, TimeUnit.SECONDS).join();
    }
}
