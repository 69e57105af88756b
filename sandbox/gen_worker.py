"""A child process that builds generator chunks while the parent inserts them.

Run as `python -m sandbox.gen_worker` rather than through multiprocessing: spawn-based
multiprocessing re-imports the caller's main module in the child, which breaks (or re-runs)
any script without a `__main__` guard. Here the child runs this module and nothing else.
Protocol: the parent writes one pickled (seed, window, ranges) job on stdin; the child
answers with one pickled Chunk per range on stdout, in order. The pipe's small buffer keeps
the child at most a chunk ahead of the parent.
"""

from __future__ import annotations

import os
import pickle
import subprocess
import sys
from collections.abc import Iterator
from typing import IO, cast

from sandbox.gen_chunks import Chunk, build_chunk
from sandbox.gen_common import Window


def chunks_from_worker(seed: int, window: Window,
                       ranges: list[tuple[int, int]]) -> Iterator[Chunk]:
    """Chunks for `ranges`, in order, built by a child process."""
    path = os.pathsep.join(entry or os.getcwd() for entry in sys.path)
    with subprocess.Popen(
            [sys.executable, "-m", "sandbox.gen_worker"], stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, env={**os.environ, "PYTHONPATH": path}) as process:
        stdin, stdout = cast(IO[bytes], process.stdin), cast(IO[bytes], process.stdout)
        try:
            pickle.dump((seed, window, ranges), stdin, protocol=pickle.HIGHEST_PROTOCOL)
            stdin.close()
            for _ in ranges:
                try:
                    chunk = pickle.load(stdout)  # noqa: S301 - written by our own child
                except EOFError:
                    raise RuntimeError(f"the generator worker stopped (exit code "
                                       f"{process.wait()}); its error is on stderr") from None
                yield chunk
            if process.wait() != 0:
                raise RuntimeError(f"the generator worker failed (exit {process.returncode})")
        finally:
            if process.poll() is None:  # the caller stopped early or failed: end the child
                process.kill()


def main() -> int:
    seed, window, ranges = pickle.load(sys.stdin.buffer)  # noqa: S301 - from our parent
    out = sys.stdout.buffer
    for first, stop in ranges:
        pickle.dump(build_chunk(seed, window, first, stop), out,
                    protocol=pickle.HIGHEST_PROTOCOL)
        out.flush()
    return 0


if __name__ == "__main__":
    sys.exit(main())
