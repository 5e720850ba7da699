// complex (in progress).
export {};
