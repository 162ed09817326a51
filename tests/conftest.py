import atexit
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

# The results cache of every goleash the tests start (CLI, server) goes to a fresh
# directory, never to the user's ~/.cache/goleash.
_CACHE = tempfile.mkdtemp(prefix="goleash-test-cache-")
os.environ["GOLEASH_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, ignore_errors=True)
