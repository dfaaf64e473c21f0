"""Subtitles (`.srt`, `.vtt`) of a recorded meeting: what was said, in order.

A cue is a number, a time range and one or two lines of speech, mostly without
punctuation at its end. Each of its lines is a line of speech; one that carries on the
line before (it opens with `和`, `并`…, or the one before ends with `，` or `：`) goes on
with it. Speaker tags (`[陆海峰]`) and sound cues (`[掌声]`, `♪ 片头音乐 ♪`, `（现场笑声）`)
are dropped.
"""

from __future__ import annotations

import re

_TIMING = re.compile(
    r"^\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}\s*-->\s*(?:\d{1,2}:)?\d{1,2}:\d{2}[,.]\d{1,3}.*$"
)
_CUE_NUMBER = re.compile(r"^\s*\d{1,6}\s*$")
_SOUND = re.compile(
    r"♪[^♪\n]*♪|^\s*\[[^\]\n]{1,8}\]\s*$|[（(](?:现场)?[^（）()\n]{0,6}(?:笑声|掌声|音乐)[)）]"
)
_SPEAKER = re.compile(r"^\s*\[[^\]\n]{1,10}\]\s*")
_LEADS_ON = ("，", ",", "、", "：", ":")  # marks after which a sentence goes on
_GOES_ON = ("和", "及", "并", "或", "以及", "还有")  # words that carry a sentence on


def is_subtitles(text: str) -> bool:
    """Three or more cue timings, each on a line of its own."""
    return sum(1 for line in text.splitlines()[:200] if _TIMING.match(line)) >= 3


def subtitles_text(text: str) -> str:
    """The speech of the cues, run together into sentences and lines."""
    cues: list[str] = []
    for block in re.split(r"\n\s*\n", text.replace("\r\n", "\n")):
        lines = [ln for ln in block.split("\n") if ln.strip()]
        lines = [ln for ln in lines if not _TIMING.match(ln) and not _CUE_NUMBER.match(ln)]
        if lines[:1] == ["WEBVTT"]:
            continue
        for line in lines:  # a cue's lines are phrases of their own, as spoken
            speech = _SOUND.sub("", line).strip()
            if speech:
                cues.append(speech)
    out: list[str] = []
    for cue in cues:
        new_speaker = _SPEAKER.match(cue)
        if new_speaker:
            cue = cue[new_speaker.end() :]
        goes_on = out and (out[-1].endswith(_LEADS_ON) or cue.startswith(_GOES_ON))
        if goes_on and not new_speaker:
            out[-1] += cue
        else:
            out.append(cue)
    return "\n".join(out) + "\n"
