// Stands in for the library when a consumer app is built without it (CONSUMER_BASELINE=1), to measure its weight.
export {};
