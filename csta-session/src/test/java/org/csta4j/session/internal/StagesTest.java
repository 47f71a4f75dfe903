package org.csta4j.session.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class StagesTest {

  @Test
  void theReactionGetsTheValueOrTheFailureAndItsOwnFailureStaysInside() {
    List<String> heard = new ArrayList<>();
    CompletableFuture<String> ok = new CompletableFuture<>();
    CompletableFuture<String> failed = new CompletableFuture<>();
    Stages.whenDone(ok, (v, e) -> heard.add(v + "/" + e));
    Stages.whenDone(failed, (v, e) -> heard.add(v + "/" + e.getMessage()));
    Stages.whenDone(
        ok,
        (v, e) -> {
          throw new IllegalStateException("a bug in a reaction");
        });
    Stages.whenDone(ok, (v, e) -> heard.add("after the bug"));
    ok.complete("answer");
    failed.completeExceptionally(new CompletionException(new IllegalStateException("refused")));
    assertThat(heard)
        .containsExactlyInAnyOrder(
            "answer/null", "null/java.lang.IllegalStateException: refused", "after the bug");
  }
}
