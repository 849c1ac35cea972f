package com.xingping.results;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.stereotype.Component;

/**
 * Long work (publishing a year, recomputing it) reports its steps here, so that a page can poll
 * a progress bar while the request that does the work is still running. Kept in memory; only the
 * most recent tasks are remembered.
 */
@Component
class ProgressBoard {
    private static final int KEEP = 20;
    private static final Pattern ID = Pattern.compile("[A-Za-z0-9-]{8,64}");
    private final Map<String, Task> tasks = new LinkedHashMap<>();
    private final Clock clock;

    ProgressBoard(Clock clock) {
        this.clock = clock;
    }

    enum State { RUNNING, DONE, FAILED }

    /** What a task has done so far: {@code done} of {@code total} steps, the current step, and where its result is. */
    record Task(String id, String label, int done, int total, String step, State state, String link, Instant startedAt) {
        public int percent() {
            return total == 0 ? 100 : Math.min(100, done * 100 / total);
        }

        public boolean running() {
            return state == State.RUNNING;
        }
    }

    /** The handle the working code advances; every change is visible to pollers at once. */
    final class Tracker {
        private Task task;

        private Tracker(Task task) {
            this.task = task;
            put(task);
        }

        String id() {
            return task.id();
        }

        void step(String step) {
            task = new Task(task.id(), task.label(), Math.min(task.done() + 1, task.total()), task.total(), step,
                    State.RUNNING, null, task.startedAt());
            put(task);
        }

        void done(String step, String link) {
            task = new Task(task.id(), task.label(), task.total(), task.total(), step, State.DONE, link, task.startedAt());
            put(task);
        }

        void failed(String reason) {
            task = new Task(task.id(), task.label(), task.done(), task.total(), reason, State.FAILED, null,
                    task.startedAt());
            put(task);
        }
    }

    /** Starts a task under the id the page chose (a fresh one when it chose none or a malformed one). */
    Tracker start(String requestedId, String label, int total, String firstStep) {
        String id = requestedId != null && ID.matcher(requestedId).matches() ? requestedId : newId();
        return new Tracker(new Task(id, label, 0, total, firstStep, State.RUNNING, null, Instant.now(clock)));
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    synchronized Optional<Task> get(String id) {
        return Optional.ofNullable(tasks.get(id));
    }

    /** The remembered tasks, newest first. */
    synchronized List<Task> recent() {
        List<Task> all = new ArrayList<>(tasks.values());
        all.sort(Comparator.comparing(Task::startedAt).reversed());
        return all;
    }

    private synchronized void put(Task task) {
        tasks.put(task.id(), task);
        while (tasks.size() > KEEP) {
            tasks.remove(tasks.keySet().iterator().next());
        }
    }
}
