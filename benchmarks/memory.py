"""Peak resident memory of this process alone.

`ru_maxrss` is not usable in a child: Linux keeps the parent's high-water mark across
fork and exec, so a child of a process that generated 7 million rows would report that.
`VmHWM` belongs to the process's own address space and starts afresh at exec.
"""

from __future__ import annotations

import resource
from pathlib import Path


def peak_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
