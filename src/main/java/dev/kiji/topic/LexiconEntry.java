package dev.kiji.topic;

/** One weighted cue: a term (or entity rule) that votes for a topic. */
record LexiconEntry(MediaTopic topic, double weight) {
}
