"""Run each official SIP routing sample (copied next to this file) in order, recording what it printed."""

import json
import os
import runpy
from pathlib import Path

import pytest
from sip_routing_helper import setup_configuration

HERE = Path(__file__).parent
ORDER = ["set_sip_trunk", "get_sip_trunk", "get_sip_trunks", "set_sip_routes", "get_sip_routes", "set_sip_trunks"]
ORDER += ["delete_sip_trunk"]
SAMPLES = [f"{name}_sample{suffix}" for name in ORDER for suffix in ("", "_async")]
FQDN = "sample.sbc.contoso.test"


@pytest.fixture(scope="module", autouse=True)
def environment() -> None:
    os.environ["COMMUNICATION_SAMPLES_CONNECTION_STRING"] = os.environ["SIP_HARNESS_CONNECTION_STRING"]
    os.environ["COMMUNICATION_SAMPLES_TRUNK_FQDN"] = FQDN
    os.environ["COMMUNICATION_SAMPLES_SIGNALING_PORT"] = "5061"
    setup_configuration(os.environ["SIP_HARNESS_CONNECTION_STRING"])


@pytest.mark.parametrize("sample", SAMPLES)
def test_sample(sample: str, capsys: pytest.CaptureFixture[str]) -> None:
    runpy.run_path(str(HERE / "samples" / f"{sample}.py"), run_name="__main__")
    out = capsys.readouterr().out
    with (HERE / "sample_output.jsonl").open("a", encoding="utf-8") as log:
        log.write(json.dumps({"sample": sample, "stdout": out}) + "\n")
