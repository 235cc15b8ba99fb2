import os
import sys

# The examples are scripts, not part of the package: make them importable.
sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "examples"))
sys.path.insert(0, os.path.dirname(__file__))
