// bytes, bytearray and memoryview (in progress).
export {};
