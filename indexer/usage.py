"""The command lines' argument parser: a usage mistake (a flag of the wrong type, a missing argument, an
unknown choice) is one line on stderr naming the command, and exit status 2, as every other mistake is
(argparse prints its whole usage block first); ``--help`` still prints the usage."""

from __future__ import annotations

import argparse
from typing import NoReturn


class OneLineParser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:
        self.exit(2, f"{self.prog}: {message} (see {self.prog} --help)\n")
