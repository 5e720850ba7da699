// The working directory os.chdir sets. The VM runs in a worker thread, which cannot change the
// process's directory, so relative paths (file system calls, '' on sys.path) are resolved
// against this one instead.
export const workingDir = { path: process.cwd() };
