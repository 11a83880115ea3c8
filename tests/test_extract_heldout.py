"""A regression guard for generalisation: the extractor on the held-out sets under tests/
(articles written independently of the extractor, in other outlets' styles), scored with
the shared scorer's own fact pairing (../shared/eval/score.py, imported by path).

The floors are what the extractor has been measured to reach, a little below to allow for
a fact won or lost elsewhere; raise them as it improves, never lower them to make a change
pass. The newest blind set (see README) joins with floors under its blind score but is not
studied, so that its score remains an honest estimate for articles nobody has seen.
"""

from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pytest

from unvotes.extract import DocError, analyse, iter_documents

HERE = Path(__file__).resolve().parent
SHARED = Path(os.environ.get("UNVOTES_SHARED") or HERE.parent.parent / "shared")
SCORER = SHARED / "eval" / "score.py"

# set: (fact F1 floor, event F1 floor), below the scores measured when each was last tuned on
FLOORS = {
    "heldout": (0.99, 0.99),    # measured 1.000 / 1.000
    "heldout2": (0.96, 0.99),   # measured 0.970 / 1.000
    "heldout3": (0.96, 0.99),   # measured 0.975 / 1.000
    "heldout4": (0.95, 0.95),   # measured 0.962 / 0.964
    "heldout5": (0.96, 0.95),   # measured 0.979 / 0.966
    "heldout6": (0.96, 0.95),   # measured 0.972 / 0.964
    "heldout7": (0.97, 0.99),   # measured 0.980 / 1.000 (a chronology read entry by entry)
    "heldout8": (0.96, 0.95),   # measured 0.975 / 0.960
    "heldout9": (0.95, 0.94),   # measured 0.960 / 0.957
    "heldout10": (0.94, 0.93),  # measured 0.957 / 0.943
    "heldout11": (0.98, 0.99),  # measured 0.992 / 1.000
    "heldout12": (0.95, 0.99),  # measured 0.967 / 1.000
    "heldout13": (0.96, 0.99),  # measured 0.972 / 1.000
    # (0.962 until the extractor spoke the label's "absent" for members present but not
    # voting; this set's writer left those members unlabelled, most later writers did not)
    "heldout14": (0.94, 0.99),  # measured 0.950 / 1.000
    "heldout15": (0.95, 0.96),  # measured 0.961 / 0.979
    "heldout16": (0.94, 0.94),  # measured 0.954 / 0.957
    "heldout17": (0.96, 0.99),  # measured 0.972 / 1.000
    "heldout18": (0.97, 0.99),  # measured 0.983 / 1.000
    "heldout19": (0.98, 0.99),  # measured blind 0.820 / 0.963, tuned 0.996 / 1.000
    "heldout20": (0.98, 0.99),  # measured blind 0.805 / 0.842, tuned 0.994 / 1.000
    "heldout21": (0.93, 0.96),  # measured blind 0.702 / 0.821, tuned 0.942 / 0.977
    "heldout22": (0.96, 0.99),  # measured blind 0.848 / 0.933, tuned 0.972 / 1.000
    "heldout23": (0.95, 0.96),  # measured blind 0.847 / 0.913, tuned 0.966 / 0.979
    "heldout24": (0.95, 0.99),  # measured blind 0.866 / 0.950, tuned 0.961 / 1.000
    "heldout25": (0.96, 0.96),  # measured blind 0.762 / 0.857, tuned 0.970 / 0.973
    "heldout26": (0.98, 0.99),  # measured blind 0.889 / 0.923, tuned 0.992 / 1.000
    "heldout27": (0.95, 0.96),  # measured blind 0.827 / 0.842, tuned 0.960 / 0.977
    "heldout28": (0.98, 0.99),  # measured blind 0.770 / 0.872, tuned 0.991 / 1.000
    "heldout29": (0.93, 0.96),  # measured blind 0.863 / 0.950, tuned 0.949 / 0.976
    "heldout30": (0.96, 0.96),  # measured blind 0.869 / 0.950, tuned 0.976 / 0.974
    "heldout31": (0.97, 0.99),  # measured blind 0.795 / 0.900, tuned 0.980 / 1.000
    "heldout32": (0.96, 0.96),  # measured blind 0.888 / 0.919, tuned 0.978 / 0.973
    "heldout33": (0.96, 0.99),  # measured blind 0.812 / 0.895, tuned 0.974 / 1.000
    "heldout34": (0.97, 0.99),  # measured blind 0.715 / 0.800, tuned 0.981 / 1.000
    "heldout35": (0.98, 0.99),  # measured blind 0.877 / 0.895, tuned 0.992 / 1.000
    "heldout36": (0.97, 0.99),  # measured blind 0.889 / 1.000, tuned 0.987 / 1.000
    "heldout37": (0.97, 0.99),  # measured blind 0.921 / 1.000, tuned 0.983 / 1.000
    "heldout38": (0.97, 0.99),  # measured blind 0.911 / 0.970, tuned 0.982 / 1.000
    "heldout39": (0.96, 0.96),  # measured blind 0.926 / 0.944, tuned 0.978 / 0.973
    "heldout40": (0.99, 0.99),  # measured blind 0.924 / 0.971, tuned 1.000 / 1.000
    "heldout41": (0.94, 0.96),  # measured blind 0.876 / 0.947, tuned 0.959 / 0.973
    "heldout42": (0.94, 0.96),  # measured blind 0.859 / 0.974, tuned 0.954 / 0.974
    "heldout43": (0.98, 0.96),  # measured blind 0.848 / 0.821, tuned 0.995 / 0.978
    "heldout44": (0.99, 0.99),  # measured blind 0.892 / 0.933, tuned 1.000 / 1.000
    "heldout45": (0.97, 0.99),  # measured blind 0.878 / 0.930, tuned 0.988 / 1.000
    "heldout46": (0.98, 0.99),  # measured blind 0.951 / 1.000, tuned 0.995 / 1.000
    "heldout47": (0.97, 0.99),  # measured blind 0.885 / 0.944, tuned 0.988 / 1.000
    "heldout48": (0.98, 0.99),  # measured blind 0.910 / 1.000, tuned 0.993 / 1.000
    "heldout49": (0.98, 0.99),  # measured blind 0.818 / 0.914, tuned 0.990 / 1.000
    "heldout50": (0.94, 0.96),  # measured blind 0.874 / 0.923, tuned 0.957 / 0.976
    "heldout51": (0.95, 0.99),  # measured blind 0.851 / 0.971, tuned 0.964 / 1.000
    "heldout52": (0.96, 0.99),  # measured blind 0.946 / 1.000, tuned 0.977 / 1.000
    "heldout53": (0.99, 0.99),  # measured blind 0.870 / 1.000, tuned 1.000 / 1.000
    "heldout54": (0.99, 0.99),  # measured blind 0.918 / 0.970, tuned 1.000 / 1.000
    "heldout55": (0.96, 0.96),  # measured blind 0.757 / 0.889, tuned 0.977 / 0.974
    "heldout56": (0.96, 0.96),  # measured blind 0.865 / 0.857, tuned 0.975 / 0.971
    # (57 and 58 were also scored blind after this session's first four rounds: 0.896 / 0.914
    # and 0.931 / 0.971)
    "heldout57": (0.97, 0.93),  # measured blind 0.870 / 0.914, tuned 0.984 / 0.944
    "heldout58": (0.97, 0.99),  # measured blind 0.912 / 0.971, tuned 0.984 / 1.000
    # (59 and 60 were written during the session's last rounds and scored blind with its
    # final code; with the session's starting code they scored 0.931 / 0.970 and 0.966 / 0.971)
    "heldout59": (0.99, 0.99),  # measured blind 0.951 / 0.970, tuned 1.000 / 1.000
    "heldout60": (0.99, 0.99),  # measured blind 0.966 / 0.971, tuned 1.000 / 1.000
    # (61 and 62 were written during the session's last rounds and scored blind with its
    # final code; its starting code scored the same on both)
    "heldout61": (0.99, 0.99),  # measured blind 0.974 / 1.000, tuned 1.000 / 1.000
    "heldout62": (0.98, 0.99),  # measured blind 0.880 / 0.933, tuned 0.997 / 1.000
    # (63 to 66 were scored blind as they arrived, 63 and 64 with the twelfth session's
    # starting code; 64's blind figure is with its label as first written, before one
    # correction its README records: the starting code scores 0.944 / 0.971 on the corrected
    # labels; on 66 the starting code scored 0.847 / 0.895)
    "heldout63": (0.98, 0.99),  # measured blind 0.823 / 0.824, tuned 0.996 / 1.000
    "heldout64": (0.99, 0.99),  # measured blind 0.934 / 0.971, tuned 1.000 / 1.000
    "heldout65": (0.98, 0.99),  # measured blind 0.927 / 0.938, tuned 0.992 / 1.000
    "heldout66": (0.99, 0.99),  # measured blind 0.874 / 0.923, tuned 1.000 / 1.000
    # (67 and 68 arrived later in the session; the session's starting code scored the same)
    "heldout67": (0.96, 0.96),  # measured blind 0.890 / 0.970, tuned 0.975 / 0.970
    "heldout68": (0.98, 0.99),  # measured blind 0.923 / 0.968, tuned 0.994 / 1.000
    # (69 and 70 were written during the session's last rounds and scored blind with the code
    # of the moment; the session's starting code scored 0.890 / 0.968 and 0.964 / 0.970)
    "heldout69": (0.95, 0.99),  # measured blind 0.914 / 1.000, tuned 0.962 / 1.000
    "heldout70": (0.97, 0.99),  # measured blind 0.964 / 0.970, tuned 0.982 / 1.000
    "heldout71": (0.99, 0.99),  # measured blind 0.979 / 1.000, tuned 1.000 / 1.000
    "heldout72": (0.99, 0.99),  # measured blind 0.963 / 1.000, tuned 1.000 / 1.000
    "heldout73": (0.98, 0.99),  # measured blind 0.920 / 0.919, tuned 0.991 / 1.000
    "heldout74": (0.96, 0.99),  # measured blind 0.870 / 0.941, tuned 0.976 / 1.000
    "heldout75": (0.96, 0.96),  # measured blind 0.814 / 0.927, tuned 0.977 / 0.976
    "heldout76": (0.96, 0.96),  # measured blind 0.853 / 0.927, tuned 0.977 / 0.977
    "heldout77": (0.98, 0.99),  # measured blind 0.924 / 0.970, tuned 0.997 / 1.000
    "heldout78": (0.95, 0.99),  # measured blind 0.911 / 0.919, tuned 0.965 / 1.000
    # (79-84 were written during the fourteenth session and scored blind with the code of the
    # moment; 79's blind score is on its labels as first written, see its README)
    "heldout79": (0.97, 0.99),  # measured blind 0.890 / 0.909, tuned 0.988 / 1.000
    "heldout80": (0.98, 0.99),  # measured blind 0.962 / 0.971, tuned 0.994 / 1.000
    "heldout81": (0.96, 0.96),  # measured blind 0.944 / 0.950, tuned 0.976 / 0.974
    "heldout82": (0.97, 0.99),  # measured blind 0.922 / 0.923, tuned 0.982 / 1.000
    "heldout83": (0.94, 0.99),  # measured blind 0.858 / 1.000, tuned 0.950 / 1.000
    "heldout84": (0.95, 0.99),  # measured blind 0.850 / 0.930, tuned 0.963 / 1.000
    # (85-88 were written during the fifteenth session and scored blind with the code of the
    # moment; the session's starting code scored 0.892, 0.734, 0.792 and 0.841)
    "heldout85": (0.99, 0.99),  # measured blind 0.892 / 0.900, tuned 1.000 / 1.000
    "heldout86": (0.97, 0.99),  # measured blind 0.734 / 0.800, tuned 0.986 / 1.000
    "heldout87": (0.95, 0.99),  # measured blind 0.782 / 0.909, tuned 0.963 / 1.000
    "heldout88": (0.93, 0.99),  # measured blind 0.847 / 0.909, tuned 0.948 / 1.000
    # (89-96 were written during the sixteenth session and scored blind with the code of the
    # moment; the session's starting code scored 0.895, 0.909, 0.942, 0.856, 0.887, 0.840,
    # 0.894 and 0.913)
    "heldout89": (0.98, 0.99),  # measured blind 0.895 / 0.960, tuned 0.997 / 1.000
    "heldout90": (0.95, 0.99),  # measured blind 0.909 / 0.958, tuned 0.960 / 1.000
    "heldout91": (0.96, 0.99),  # measured blind 0.942 / 0.955, tuned 0.972 / 1.000
    "heldout92": (0.96, 0.99),  # measured blind 0.926 / 1.000, tuned 0.972 / 1.000
    "heldout93": (0.96, 0.99),  # measured blind 0.887 / 0.917, tuned 0.977 / 1.000
    "heldout94": (0.93, 0.99),  # measured blind 0.844 / 0.978, tuned 0.945 / 1.000
    "heldout95": (0.94, 0.97),  # measured blind 0.912 / 0.939, tuned 0.959 / 0.980
    "heldout96": (0.95, 0.99),  # measured blind 0.913 / 0.977, tuned 0.962 / 1.000
    # (97-104 were written during the seventeenth session and scored blind with the code of
    # the moment; the session's starting code scored the same on 97-101 and 103, 0.867 on 102
    # and 0.946 on 104)
    "heldout97": (0.97, 0.99),  # measured blind 0.885 / 0.930, tuned 0.982 / 1.000
    "heldout98": (0.98, 0.99),  # measured blind 0.976 / 0.976, tuned 0.992 / 1.000
    "heldout99": (0.95, 0.99),  # measured blind 0.920 / 1.000, tuned 0.965 / 1.000
    "heldout100": (0.95, 0.99),  # measured blind 0.929 / 1.000, tuned 0.967 / 1.000
    "heldout101": (0.95, 0.99),  # measured blind 0.872 / 0.976, tuned 0.962 / 1.000
    "heldout102": (0.95, 0.99),  # measured blind 0.889 / 0.923, tuned 0.968 / 1.000
    # (103 and 104 were scored blind at the end of the session and studied briefly)
    "heldout103": (0.96, 0.99),  # measured blind 0.943 / 1.000, tuned 0.971 / 1.000
    "heldout104": (0.96, 0.96),  # measured blind 0.948 / 0.930, tuned 0.977 / 0.977
    # (105-108 were written during the eighteenth session and scored blind with the code of
    # the moment, which scored the same as the session's starting code on all four)
    "heldout105": (0.94, 0.96),  # measured blind 0.857 / 0.936, tuned 0.954 / 0.978
    "heldout106": (0.97, 0.99),  # measured blind 0.878 / 0.913, tuned 0.986 / 1.000
    "heldout107": (0.96, 0.99),  # measured blind 0.881 / 0.909, tuned 0.971 / 1.000
    "heldout108": (0.94, 0.99),  # measured blind 0.758 / 0.864, tuned 0.956 / 1.000
    # (109 and 110 were scored blind with the nineteenth session's starting code, 111 and 112
    # with the code after its first twelve rounds, which scored the same on both)
    "heldout109": (0.95, 0.99),  # measured blind 0.919 / 1.000, tuned 0.969 / 1.000
    "heldout110": (0.96, 0.99),  # measured blind 0.909 / 0.939, tuned 0.977 / 1.000
    "heldout111": (0.97, 0.99),  # measured blind 0.909 / 0.955, tuned 0.986 / 1.000
    "heldout112": (0.96, 0.99),  # measured blind 0.808 / 0.913, tuned 0.976 / 1.000
    # (113 and 114 were written at the session's end and scored blind with the code of the
    # moment; 113 was studied briefly, 114 for one rule)
    "heldout113": (0.95, 0.96),  # measured blind 0.907 / 0.955, tuned 0.962 / 0.977
    "heldout114": (0.92, 0.99),  # measured blind 0.905 / 1.000, tuned 0.939 / 1.000
    # (115-118 were written during the twentieth session and scored blind with the code of
    # the moment, which scored the same as the session's starting code on all four)
    "heldout115": (0.94, 0.99),  # measured blind 0.876 / 0.939, tuned 0.959 / 1.000
    "heldout116": (0.97, 0.99),  # measured blind 0.973 / 0.976, tuned 0.989 / 1.000
    "heldout117": (0.95, 0.99),  # measured blind 0.897 / 1.000, tuned 0.962 / 1.000
    "heldout118": (0.95, 0.97),  # measured blind 0.910 / 0.960, tuned 0.966 / 0.980
    # (119-126 were written during the twenty-first session, two at a time, and scored blind
    # with the code each pair was launched from; 126 was not studied)
    "heldout119": (0.95, 0.99),  # measured blind 0.934 / 0.978, tuned 0.963 / 1.000
    "heldout120": (0.97, 0.96),  # measured blind 0.932 / 0.979, tuned 0.983 / 0.979
    "heldout121": (0.95, 0.96),  # measured blind 0.930 / 0.933, tuned 0.964 / 0.978
    "heldout122": (0.98, 0.99),  # measured blind 0.929 / 0.974, tuned 0.991 / 1.000
    "heldout123": (0.96, 0.99),  # measured blind 0.930 / 1.000, tuned 0.976 / 1.000
    "heldout124": (0.96, 0.96),  # measured blind 0.924 / 0.930, tuned 0.975 / 0.976
    "heldout125": (0.97, 0.99),  # measured blind 0.914 / 0.952, tuned 0.985 / 1.000
    "heldout126": (0.96, 0.96),  # measured blind 0.953 / 0.957, tuned 0.978 / 0.979
    # (127-136 were written during the twenty-second session, two at a time, and scored blind
    # with the code each pair was launched from; 135 was not studied, 136 barely)
    "heldout127": (0.97, 0.99),  # measured blind 0.929 / 0.927, tuned 0.985 / 1.000
    "heldout128": (0.97, 0.99),  # measured blind 0.948 / 1.000, tuned 0.982 / 1.000
    "heldout129": (0.97, 0.99),  # measured blind 0.946 / 1.000, tuned 0.989 / 1.000
    "heldout130": (0.97, 0.99),  # measured blind 0.935 / 0.950, tuned 0.980 / 1.000
    "heldout131": (0.98, 0.99),  # measured blind 0.953 / 0.976, tuned 0.991 / 1.000
    "heldout132": (0.95, 0.94),  # measured blind 0.944 / 0.952, tuned 0.956 / 0.952
    "heldout133": (0.95, 0.97),  # measured blind 0.932 / 0.930, tuned 0.963 / 0.976
    "heldout134": (0.97, 0.99),  # measured blind 0.919 / 0.947, tuned 0.984 / 1.000
    "heldout135": (0.97, 0.99),  # measured blind 0.887 / 0.960, tuned 0.982 / 1.000
    "heldout136": (0.98, 0.99),  # measured blind 0.831 / 0.880, tuned 0.997 / 1.000
    "heldout137": (0.98, 0.99),  # measured blind 0.899 / 0.878, tuned 0.993 / 1.000
    "heldout138": (0.98, 0.99),  # measured blind 0.913 / 0.976, tuned 0.995 / 1.000
    "heldout139": (0.98, 0.99),  # measured blind 0.990 / 1.000, not studied
    "heldout140": (0.98, 0.99),  # measured blind 0.949 / 0.977, tuned 0.991 / 1.000
    "heldout141": (0.97, 0.99),  # measured blind 0.835 / 0.981, tuned 0.989 / 1.000
    "heldout142": (0.95, 0.96),  # measured blind 0.925 / 0.976, tuned 0.969 / 0.976
    "heldout143": (0.93, 0.97),  # measured blind 0.925 / 0.980, tuned 0.945 / 0.980
    "heldout144": (0.94, 0.96),  # measured blind 0.937 / 0.976, tuned 0.958 / 0.976
    "heldout145": (0.92, 0.99),  # measured blind 0.903 / 1.000, tuned 0.936 / 1.000
    "heldout146": (0.98, 0.99),  # measured blind 0.976 / 1.000, tuned 0.994 / 1.000
    "heldout147": (0.92, 0.93),  # measured blind 0.898 / 0.941, tuned 0.939 / 0.941
    "heldout148": (0.98, 0.99),  # measured blind 0.836 / 0.957, tuned 0.991 / 1.000
    "heldout149": (0.97, 0.97),  # measured blind 0.839 / 0.920, tuned 0.984 / 0.980
    "heldout150": (0.98, 0.99),  # measured blind 0.935 / 1.000, tuned 0.995 / 1.000
    "heldout151": (0.98, 0.99),  # measured blind 0.919 / 1.000, tuned 0.998 / 1.000
    "heldout152": (0.97, 0.99),  # measured blind 0.927 / 0.980, tuned 0.985 / 1.000
    "heldout153": (0.95, 0.96),  # measured blind 0.923 / 0.977, tuned 0.967 / 0.977
    "heldout154": (0.96, 0.99),  # measured blind 0.942 / 1.000, tuned 0.975 / 1.000
    "heldout155": (0.97, 0.99),  # measured blind 0.885 / 0.909, tuned 0.981 / 1.000
    "heldout156": (0.98, 0.99),  # measured blind 0.941 / 0.978, tuned 0.997 / 1.000
    "heldout157": (0.95, 0.99),  # measured blind 0.963 / 1.000 (4 articles), not changed
    "heldout158": (0.88, 0.96),  # measured blind 0.835 / 0.974, tuned 0.898 / 0.974
    "heldout159": (0.92, 0.94),  # measured blind 0.865 / 0.930, tuned 0.938 / 0.955
    "heldout160": (0.86, 0.92),  # measured blind 0.845 / 0.939, tuned 0.876 / 0.939
    "heldout161": (0.79, 0.92),  # measured blind 0.775 / 0.939, tuned 0.809 / 0.939
    "heldout162": (0.81, 0.94),  # measured blind 0.759 / 0.913, tuned 0.826 / 0.955
    "heldout163": (0.87, 0.89),  # measured blind 0.857 / 0.889, tuned 0.887 / 0.909
    "heldout164": (0.92, 0.99),  # measured blind 0.891 / 0.977, tuned 0.932 / 1.000
    "heldout165": (0.88, 0.94),  # measured blind 0.889 / 0.957, tuned 0.896 / 0.957
    "heldout166": (0.82, 0.91),  # measured blind 0.783 / 0.905, tuned 0.836 / 0.927
    "heldout167": (0.93, 0.98),  # measured blind 0.861 / 0.977, tuned 0.957 / 1.000
    "heldout168": (0.94, 0.98),  # measured blind 0.839 / 0.977, tuned 0.966 / 1.000
    "heldout169": (0.95, 0.98),  # measured blind 0.895 / 0.979, tuned 0.979 / 1.000
    "heldout170": (0.89, 0.93),  # measured blind 0.866 / 0.909, tuned 0.910 / 0.955
    "heldout171": (0.91, 0.91),  # measured blind 0.927 / 0.933, not studied, today 0.945 / 0.957
    "heldout172": (0.80, 0.91),  # measured blind 0.818 / 0.936, not studied, today 0.845 / 0.917
    "heldout173": (0.78, 0.91),  # measured blind 0.790 / 0.917, tuned 0.807 / 0.936
    "heldout174": (0.86, 0.93),  # measured blind 0.857 / 0.957, tuned 0.883 / 0.957
    "heldout175": (0.89, 0.95),  # measured blind 0.835 / 0.933, tuned 0.914 / 0.979
    "heldout176": (0.83, 0.93),  # measured blind 0.844 / 0.913, tuned 0.855 / 0.955
    "heldout177": (0.85, 0.88),  # measured blind 0.860 / 0.905, tuned 0.872 / 0.905
    "heldout178": (0.89, 0.95),  # measured blind 0.910 / 0.980, not studied
    "heldout179": (0.91, 0.95),  # measured blind 0.927 / 0.978, not studied, today 0.936 / 0.978
    "heldout180": (0.89, 0.95),  # measured blind 0.909 / 0.979, not studied, today 0.917 / 0.979
    "heldout181": (0.88, 0.95),  # measured blind 0.904 / 0.977, not studied, today 0.915 / 0.977
    "heldout182": (0.83, 0.91),  # measured blind 0.857 / 0.930, not studied, today 0.867 / 0.930
    "heldout183": (0.91, 0.93),  # measured blind 0.928 / 0.955, not studied
    "heldout184": (0.88, 0.89),  # measured blind 0.875 / 0.894, studied, today 0.918 / 0.913
    "heldout185": (0.92, 0.97),  # measured blind 0.920 / 0.955, studied, today 0.955 / 1.000
    "heldout186": (0.87, 0.95),  # measured blind 0.895 / 0.977, not studied
    "heldout187": (0.91, 0.91),  # measured blind 0.927 / 0.933, not studied
    "heldout188": (0.95, 0.97),  # measured blind 0.943 / 0.977, studied, today 0.971 / 1.000
    "heldout189": (0.90, 0.95),  # measured blind 0.907 / 0.978, studied, today 0.932 / 0.978
    "heldout190": (0.91, 0.95),  # measured blind 0.927 / 0.978, not studied, today 0.940 / 1.000
    "heldout191": (0.96, 0.95),  # measured blind 0.900 / 0.957, studied, today 0.985 / 0.979
    "heldout192": (0.93, 0.95),  # measured blind 0.881 / 0.930, studied, today 0.945 / 0.978
    "heldout193": (0.90, 0.89),  # measured blind 0.878 / 0.917, studied, today 0.922 / 0.917
    "heldout194": (0.94, 0.97),  # measured blind 0.894 / 0.952, studied, today 0.971 / 1.000
    "heldout195": (0.96, 0.97),  # measured blind 0.960 / 1.000, studied, today 0.988 / 1.000
    "heldout196": (0.95, 0.97),  # measured blind 0.968 / 1.000, not studied, today 0.980 / 1.000
    "heldout197": (0.93, 0.95),  # measured blind 0.870 / 0.905, studied, today 0.952 / 0.977
    "heldout198": (0.93, 0.97),  # measured blind 0.947 / 1.000, studied, today 0.954 / 1.000
    "heldout199": (0.95, 0.95),  # measured blind 0.936 / 0.978, studied, today 0.968 / 0.978
    "heldout200": (0.96, 0.98),  # measured blind 0.908 / 0.952, studied, today 0.977 / 1.000
    "heldout201": (0.94, 0.97),  # measured blind 0.855 / 0.933, studied, today 0.974 / 1.000
    "heldout202": (0.92, 0.95),  # measured blind 0.945 / 0.977, not studied, today 0.949 / 0.977
    "heldout203": (0.95, 0.97),  # measured blind 0.958 / 0.978, studied, today 0.975 / 1.000
    "heldout204": (0.90, 0.93),  # measured blind 0.884 / 0.898, studied, today 0.926 / 0.978
    "heldout205": (0.91, 0.95),  # measured blind 0.933 / 0.978, not studied
    "heldout206": (0.92, 0.96),  # measured blind 0.879 / 0.900, not studied, today 0.941 / 0.977
    "heldout207": (0.93, 0.98),  # measured blind 0.909 / 0.978, studied, today 0.956 / 1.000
    "heldout208": (0.95, 0.98),  # measured blind 0.946 / 0.977, studied, today 0.973 / 1.000
    "heldout209": (0.90, 0.95),  # measured blind 0.902 / 0.952, studied, today 0.931 / 0.977
    "heldout210": (0.94, 0.98),  # measured blind 0.903 / 0.955, studied, today 0.962 / 1.000
    "heldout211": (0.87, 0.91),  # measured blind 0.893 / 0.930, not studied, today 0.923 / 0.955
    "heldout212": (0.89, 0.91),  # measured blind 0.919 / 0.930, not studied, today 0.945 / 0.977
    "heldout213": (0.94, 0.96),  # measured blind 0.877 / 0.913, studied, today 0.960 / 0.980
    "heldout214": (0.93, 0.93),  # measured blind 0.897 / 0.913, studied, today 0.964 / 0.957
    "heldout215": (0.94, 0.98),  # measured blind 0.930 / 0.977, studied, today 0.965 / 1.000
    "heldout216": (0.94, 0.98),  # measured blind 0.899 / 0.902, studied, today 0.970 / 1.000
    "heldout217": (0.93, 0.95),  # measured blind 0.952 / 0.978, not studied, today 0.960 / 1.000
    "heldout218": (0.93, 0.95),  # measured blind 0.930 / 0.939, studied, today 0.952 / 0.979
    "heldout219": (0.95, 0.96),  # measured blind 0.942 / 0.978, studied later, today 0.967 / 0.978
    "heldout220": (0.95, 0.98),  # measured blind 0.867 / 0.952, studied, today 0.974 / 1.000
    "heldout221": (0.85, 0.91),  # measured blind 0.772 / 0.800, studied, today 0.873 / 0.930
    "heldout222": (0.95, 0.94),  # measured blind 0.878 / 0.920, studied, today 0.974 / 0.960
    "heldout223": (0.91, 0.93),  # measured blind 0.911 / 0.913, studied, today 0.930 / 0.955
    "heldout224": (0.95, 0.98),  # measured blind 0.937 / 0.939, studied, today 0.977 / 1.000
    "heldout225": (0.93, 0.94),  # measured blind 0.833 / 0.864, studied, today 0.952 / 0.957
    "heldout226": (0.83, 0.91),  # measured blind 0.775 / 0.826, studied, today 0.856 / 0.930
    "heldout227": (0.94, 0.96),  # measured blind 0.862 / 0.875, studied, today 0.963 / 0.979
    "heldout228": (0.97, 0.98),  # measured blind 0.832 / 0.870, studied, today 0.990 / 1.000
    "heldout229": (0.96, 0.98),  # measured blind 0.946 / 0.943, studied, today 0.979 / 1.000
    "heldout230": (0.87, 0.91),  # measured blind 0.884 / 0.920, studied, today 0.920 / 0.960
    "heldout231": (0.94, 0.94),  # measured blind 0.889 / 0.923, studied, today 0.958 / 0.960
    "heldout232": (0.94, 0.96),  # measured blind 0.924 / 0.952, studied later, today 0.963 / 0.977
    "heldout233": (0.88, 0.94),  # measured blind 0.825 / 0.941, studied, today 0.901 / 0.960
    "heldout234": (0.87, 0.91),  # measured blind 0.800 / 0.816, studied, today 0.894 / 0.933
    "heldout235": (0.92, 0.96),  # measured blind 0.898 / 0.979, studied, today 0.942 / 0.979
    "heldout236": (0.96, 0.98),  # measured blind 0.924 / 0.933, studied, today 0.982 / 1.000
    "heldout237": (0.89, 0.96),  # measured blind 0.806 / 0.933, studied, today 0.914 / 0.979
    "heldout238": (0.96, 0.98),  # measured blind 0.938 / 0.920, studied, today 0.983 / 1.000
    "heldout239": (0.92, 0.94),  # measured blind 0.927 / 0.933, studied, today 0.944 / 0.957
    "heldout240": (0.91, 0.95),  # measured blind 0.929 / 0.977
    "heldout241": (0.92, 0.98),  # measured blind 0.910 / 0.978, studied, today 0.944 / 1.000
    "heldout242": (0.91, 0.96),  # measured blind 0.903 / 0.960, studied, today 0.927 / 0.980
    "heldout243": (0.94, 0.98),  # measured blind 0.883 / 0.913, studied, today 0.961 / 1.000
    "heldout244": (0.91, 0.95),  # measured blind 0.932 / 0.979
    "heldout245": (0.93, 0.98),  # measured blind 0.946 / 1.000, today 0.957 / 1.000
    "heldout246": (0.91, 0.96),  # measured blind 0.912 / 0.955, studied, today 0.927 / 0.978
    "heldout247": (0.88, 0.91),  # measured blind 0.895 / 0.913, studied, today 0.902 / 0.933
    "heldout248": (0.86, 0.91),  # measured blind 0.883 / 0.933
    "heldout249": (0.93, 0.93),  # measured blind 0.953 / 0.958
    "heldout250": (0.96, 0.95),  # measured blind 0.987 / 0.979
    "heldout251": (0.90, 0.95),  # measured blind 0.923 / 0.979
    "heldout252": (0.84, 0.87),  # measured blind 0.868 / 0.894
    "heldout253": (0.91, 0.95),  # measured blind 0.935 / 0.977
    "heldout254": (0.88, 0.91),  # measured blind 0.905 / 0.933
    "heldout255": (0.90, 0.95),  # measured blind 0.925 / 0.978
    "heldout256": (0.93, 0.98),  # measured blind 0.956 / 1.000
    "heldout257": (0.84, 0.86),  # measured blind 0.867 / 0.889
    "heldout258": (0.88, 0.91),  # measured blind 0.908 / 0.933
    "heldout259": (0.92, 0.98),  # measured blind 0.949 / 1.000
    "heldout260": (0.88, 0.93),  # measured blind 0.909 / 0.958
    "heldout261": (0.95, 0.98),  # measured blind 0.973 / 1.000
    "heldout262": (0.93, 0.95),  # measured blind 0.959 / 0.978
    "heldout263": (0.85, 0.88),  # measured blind 0.880 / 0.909
    "heldout264": (0.89, 0.95),  # measured blind 0.917 / 0.976
    "heldout265": (0.93, 0.95),  # measured blind 0.955 / 0.978, today 0.972 / 1.000
    "heldout266": (0.90, 0.95),  # measured blind 0.921 / 0.978, today 0.923 / 0.978
    "heldout267": (0.93, 0.95),  # measured blind 0.958 / 0.977
    "heldout268": (0.82, 0.91),  # measured blind 0.849 / 0.936, today 0.911 / 0.958
    "heldout269": (0.87, 0.93),  # measured blind 0.890 / 0.957, today 0.915 / 0.957
    "heldout270": (0.95, 0.95),  # measured blind 0.979 / 0.979
    "heldout271": (0.95, 0.98),  # measured blind 0.976 / 1.000
    "heldout272": (0.95, 0.95),  # measured blind 0.975 / 0.978, today 0.988 / 1.000
    "heldout273": (0.86, 0.91),  # measured blind 0.883 / 0.930
    "heldout274": (0.93, 0.93),  # measured blind 0.956 / 0.958
    "heldout275": (0.95, 0.95),  # measured blind 0.978 / 0.978
    "heldout276": (0.88, 0.93),  # measured blind 0.901 / 0.957, today 0.930 / 0.979
    "heldout277": (0.82, 0.87),  # measured blind 0.845 / 0.894, today 0.917 / 0.980
    "heldout278": (0.96, 0.98),  # measured blind 0.981 / 1.000
    "heldout279": (0.87, 0.93),  # measured blind 0.893 / 0.955, today 0.917 / 0.978
    "heldout280": (0.92, 0.93),  # measured blind 0.949 / 0.957
    "heldout281": (0.78, 0.82),  # measured blind 0.803 / 0.844, today 0.950 / 0.980
    "heldout282": (0.86, 0.85),  # measured blind 0.883 / 0.870, today 0.943 / 0.939
    "heldout283": (0.90, 0.93),  # measured blind 0.927 / 0.958
    "heldout284": (0.92, 0.95),  # measured blind 0.948 / 0.977, today 0.963 / 0.977
    "heldout285": (0.93, 0.98),  # measured blind 0.956 / 1.000
    "heldout286": (0.92, 0.95),  # measured blind 0.943 / 0.978, today 0.989 / 1.000
    "heldout287": (0.95, 0.98),  # measured blind 0.976 / 1.000
    "heldout288": (0.93, 0.95),  # measured blind 0.955 / 0.978
    "heldout289": (0.94, 0.93),  # measured blind 0.969 / 0.958
    "heldout290": (0.92, 0.91),  # measured blind 0.947 / 0.936, today 0.962 / 0.980
    "heldout291": (0.87, 0.91),  # measured blind 0.891 / 0.936
    "heldout292": (0.95, 0.95),  # measured blind 0.979 / 0.977
    "heldout293": (0.89, 0.98),  # measured blind 0.916 / 1.000
    "heldout294": (0.90, 0.89),  # measured blind 0.925 / 0.913, today 0.942 / 0.936
    "heldout295": (0.93, 0.95),  # measured blind 0.952 / 0.979
    "heldout296": (0.87, 0.93),  # measured blind 0.893 / 0.958
    "heldout297": (0.92, 0.94),  # measured blind 0.941 / 0.960
    "heldout298": (0.94, 0.95),  # measured blind 0.967 / 0.978, today 0.970 / 0.978
    # (299-306 were written during the thirty-third session, 299-302 together and 303-306
    # together, and scored blind as each arrived with the code of the moment)
    "heldout299": (0.95, 0.98),  # measured blind 0.885 / 0.958, tuned 0.971 / 1.000
    "heldout300": (0.96, 0.98),  # measured blind 0.931 / 0.936, tuned 0.986 / 1.000
    "heldout301": (0.96, 0.98),  # measured blind 0.979 / 1.000, tuned 0.987 / 1.000
    "heldout302": (0.95, 0.98),  # measured blind 0.970 / 1.000
    "heldout303": (0.95, 0.98),  # measured blind 0.899 / 0.923, tuned 0.967 / 1.000
    "heldout304": (0.96, 0.96),  # measured blind 0.958 / 0.960, tuned 0.979 / 0.980
    "heldout305": (0.96, 0.98),  # measured blind 0.948 / 0.977, tuned 0.975 / 1.000
    "heldout306": (0.98, 0.98),  # measured blind 0.968 / 0.955, tuned 0.996 / 1.000
    # (307-310 were written in the session's third round and scored blind as each arrived;
    # 309 and 310 were not studied)
    "heldout307": (0.93, 0.98),  # measured blind 0.941 / 0.977, tuned 0.951 / 1.000
    "heldout308": (0.91, 0.96),  # measured blind 0.906 / 0.939, tuned 0.932 / 0.979
    "heldout309": (0.94, 0.98),  # measured blind 0.965 / 1.000
    "heldout310": (0.95, 0.98),  # measured blind 0.974 / 1.000
    # (311-314, the session's fourth round, scored blind as they arrived)
    "heldout311": (0.88, 0.91),  # measured blind 0.902 / 0.936
    "heldout312": (0.91, 0.91),  # measured blind 0.933 / 0.939
    "heldout313": (0.93, 0.95),  # measured blind 0.953 / 0.980
    "heldout314": (0.90, 0.95),  # measured blind 0.927 / 0.979
    # (315-318, the session's fifth round, scored blind as they arrived; not studied)
    "heldout315": (0.94, 0.95),  # measured blind 0.916 / 0.977, tuned 0.953 / 0.977
    "heldout316": (0.95, 0.93),  # measured blind 0.977 / 0.958
    "heldout317": (0.95, 0.98),  # measured blind 0.974 / 1.000
    "heldout318": (0.94, 0.98),  # measured blind 0.960 / 1.000
    # (319-322, the session's sixth round, scored blind as they arrived; 319-321 studied)
    # (323-350 were written in the thirty-fourth session's seven rounds and scored blind
    # with the code of the moment)
    "heldout319": (0.94, 0.96),  # measured blind 0.940 / 1.000, tuned 0.960 / 0.979
    "heldout320": (0.96, 0.98),  # measured blind 0.914 / 0.958, tuned 0.982 / 1.000
    "heldout321": (0.88, 0.95),  # measured blind 0.903 / 0.980
    "heldout322": (0.96, 0.98),  # measured blind 0.950 / 1.000, tuned 0.978 / 1.000
    "heldout323": (0.95, 0.98),  # measured blind 0.976 / 1.000
    "heldout324": (0.96, 0.96),  # measured blind 0.960 / 0.933, tuned 0.980 / 0.978
    "heldout325": (0.97, 0.98),  # measured blind 0.956 / 0.936, tuned 0.993 / 1.000
    "heldout326": (0.95, 0.96),  # measured blind 0.968 / 0.978
    "heldout327": (0.91, 0.93),  # measured blind 0.936 / 0.952
    "heldout328": (0.94, 0.95),  # measured blind 0.965 / 0.978
    "heldout329": (0.94, 0.98),  # measured blind 0.966 / 1.000
    "heldout330": (0.91, 0.89),  # measured blind 0.939 / 0.913
    "heldout331": (0.94, 0.98),  # measured blind 0.964 / 1.000
    "heldout332": (0.92, 0.93),  # measured blind 0.949 / 0.955
    "heldout333": (0.97, 0.98),  # measured blind 0.989 / 1.000
    "heldout334": (0.97, 0.98),  # measured blind 0.990 / 1.000
    "heldout335": (0.83, 0.93),  # measured blind 0.860 / 0.958
    "heldout336": (0.97, 0.98),  # measured blind 0.999 / 1.000
    "heldout337": (0.93, 0.95),  # measured blind 0.956 / 0.978
    "heldout338": (0.91, 0.98),  # measured blind 0.935 / 1.000
    "heldout339": (0.89, 0.93),  # measured blind 0.917 / 0.955
    "heldout340": (0.96, 0.98),  # measured blind 0.987 / 1.000
    "heldout341": (0.95, 0.98),  # measured blind 0.974 / 1.000
    "heldout342": (0.88, 0.93),  # measured blind 0.878 / 0.958, tuned 0.905 / 0.958
    "heldout343": (0.94, 0.95),  # measured blind 0.967 / 0.978
    "heldout344": (0.95, 0.95),  # measured blind 0.981 / 0.978
    "heldout345": (0.97, 0.98),  # measured blind 0.994 / 1.000
    "heldout346": (0.92, 0.98),  # measured blind 0.937 / 0.957, tuned 0.945 / 1.000
    "heldout347": (0.92, 0.93),  # measured blind 0.950 / 0.958
    "heldout348": (0.93, 0.95),  # measured blind 0.952 / 0.978
    "heldout349": (0.94, 0.95),  # measured blind 0.961 / 0.974
    "heldout350": (0.94, 0.95),  # measured blind 0.967 / 0.979
    "heldout351": (0.92, 0.95),  # measured blind 0.944 / 0.978, tuned 0.964 / 0.978
    "heldout352": (0.90, 0.96),  # measured blind 0.921 / 0.980, tuned 0.957 / 0.980
    "heldout353": (0.92, 0.95),  # measured blind 0.940 / 0.979, tuned 0.960 / 0.979
    "heldout354": (0.94, 0.98),  # measured blind 0.965 / 1.000, tuned 0.996 / 1.000
    "heldout355": (0.94, 0.95),  # measured blind 0.968 / 0.978, tuned 0.979 / 1.000
    "heldout356": (0.90, 0.93),  # measured blind 0.926 / 0.955, tuned 0.939 / 0.955
    "heldout357": (0.93, 0.98),  # measured blind 0.955 / 1.000, tuned 0.970 / 1.000
    "heldout358": (0.95, 0.95),  # measured blind 0.973 / 0.976, tuned 0.984 / 1.000
    "heldout359": (0.93, 0.93),  # measured blind 0.956 / 0.952, tuned 0.978 / 0.977
    "heldout360": (0.93, 0.98),  # measured blind 0.959 / 1.000, tuned 0.980 / 1.000
    "heldout361": (0.95, 0.95),  # measured blind 0.972 / 0.976, tuned 0.983 / 1.000
    "heldout362": (0.94, 0.95),  # measured blind 0.962 / 0.978
    "heldout363": (0.95, 0.98),  # measured blind 0.975 / 1.000, tuned 0.980 / 1.000
    "heldout364": (0.92, 0.91),  # measured blind 0.949 / 0.930
    "heldout365": (0.94, 0.98),  # measured blind 0.962 / 1.000
    "heldout366": (0.93, 0.95),  # measured blind 0.959 / 0.977
    "heldout367": (0.94, 0.98),  # measured blind 0.967 / 1.000, tuned 0.973 / 1.000
    "heldout368": (0.93, 0.93),  # measured blind 0.960 / 0.957
    "heldout369": (0.91, 0.91),  # measured blind 0.938 / 0.933
    "heldout370": (0.93, 0.98),  # measured blind 0.956 / 1.000
    "heldout371": (0.87, 0.90),  # measured blind 0.896 / 0.920
    "heldout372": (0.95, 0.98),  # measured blind 0.976 / 1.000
    "heldout373": (0.96, 0.98),  # measured blind 0.982 / 1.000
    "heldout374": (0.94, 0.98),  # measured blind 0.961 / 1.000
    "heldout375": (0.94, 0.98),  # measured blind 0.964 / 1.000
    "heldout376": (0.94, 0.98),  # measured blind 0.961 / 1.000
    "heldout377": (0.93, 0.94),  # measured blind 0.952 / 0.960
    "heldout378": (0.96, 0.98),  # measured blind 0.985 / 1.000
    "heldout379": (0.96, 0.98),  # measured blind 0.980 / 1.000
    "heldout380": (0.93, 0.95),  # measured blind 0.957 / 0.976
    "heldout381": (0.92, 0.91),  # measured blind 0.942 / 0.939
    "heldout382": (0.97, 0.98),  # measured blind 0.993 / 1.000
    "heldout383": (0.92, 0.95),  # measured blind 0.941 / 0.978
    "heldout384": (0.95, 0.98),  # measured blind 0.974 / 1.000
    "heldout385": (0.95, 0.98),  # measured blind 0.974 / 1.000
    "heldout386": (0.94, 0.95),  # measured blind 0.960 / 0.978
    "heldout387": (0.85, 0.93),  # measured blind 0.878 / 0.958, tuned 0.913 / 0.980
    "heldout388": (0.95, 0.98),  # measured blind 0.971 / 1.000
    "heldout389": (0.93, 0.95),  # measured blind 0.956 / 0.979
    "heldout390": (0.94, 0.95),  # measured blind 0.960 / 0.977
    "heldout391": (0.90, 0.95),  # measured blind 0.926 / 0.978
    "heldout392": (0.95, 0.98),  # measured blind 0.973 / 1.000, tuned 0.993 / 1.000
    "heldout393": (0.94, 0.98),  # measured blind 0.963 / 1.000, tuned 0.987 / 1.000
    "heldout394": (0.94, 0.93),  # measured blind 0.968 / 0.952
    "heldout395": (0.91, 0.93),  # measured blind 0.937 / 0.958, tuned 0.942 / 0.958
    "heldout396": (0.91, 0.91),  # measured blind 0.940 / 0.930, tuned 0.973 / 0.952
    "heldout397": (0.90, 0.95),  # measured blind 0.921 / 0.977, tuned 0.950 / 0.977
    "heldout398": (0.92, 0.95),  # measured blind 0.945 / 0.976
    "heldout399": (0.96, 0.95),  # measured blind 0.981 / 0.979
    "heldout400": (0.94, 0.95),  # measured blind 0.966 / 0.976
    "heldout401": (0.94, 0.98),  # measured blind 0.962 / 1.000
    "heldout402": (0.88, 0.91),  # measured blind 0.904 / 0.930, tuned 0.908 / 0.930
    "heldout403": (0.85, 0.91),  # measured blind 0.880 / 0.930, tuned 0.922 / 0.952
    "heldout404": (0.96, 0.98),  # measured blind 0.982 / 1.000
    "heldout405": (0.93, 0.98),  # measured blind 0.952 / 1.000
    "heldout406": (0.93, 0.95),  # measured blind 0.951 / 0.979, tuned 0.956 / 0.979
    "heldout407": (0.95, 0.95),  # measured blind 0.974 / 0.979
    "heldout408": (0.96, 0.95),  # measured blind 0.989 / 0.977, tuned 0.999 / 1.000
    "heldout409": (0.94, 0.98),  # measured blind 0.970 / 1.000
    "heldout410": (0.89, 0.98),  # measured blind 0.915 / 1.000, tuned 0.967 / 1.000
    "heldout411": (0.94, 0.98),  # measured blind 0.967 / 1.000, tuned 0.972 / 1.000
    "heldout412": (0.90, 0.91),  # measured blind 0.925 / 0.933
    "heldout413": (0.93, 0.93),  # measured blind 0.959 / 0.958
    "heldout414": (0.91, 0.93),  # measured blind 0.935 / 0.952
    "heldout415": (0.93, 0.93),  # measured blind 0.957 / 0.958
    "heldout416": (0.92, 0.96),  # measured blind 0.941 / 0.980
    "heldout417": (0.90, 0.91),  # measured blind 0.929 / 0.930, tuned 0.977 / 0.978
    "heldout418": (0.93, 0.95),  # measured blind 0.953 / 0.977
    "heldout419": (0.96, 0.93),  # measured blind 0.986 / 0.957
    "heldout420": (0.95, 0.98),  # measured blind 0.978 / 1.000, tuned 0.989 / 1.000
    "heldout421": (0.91, 0.95),  # measured blind 0.937 / 0.979, tuned 0.944 / 0.979
    "heldout422": (0.97, 0.98),  # measured blind 0.992 / 1.000, tuned 0.993 / 1.000
    "heldout423": (0.91, 0.93),  # measured blind 0.932 / 0.952
    "heldout424": (0.89, 0.95),  # measured blind 0.915 / 0.979
    "heldout425": (0.91, 0.95),  # measured blind 0.935 / 0.977
    "heldout426": (0.93, 0.95),  # measured blind 0.954 / 0.978, tuned 0.966 / 0.978
    "heldout427": (0.96, 0.98),  # measured blind 0.986 / 1.000, tuned 0.993 / 1.000
    "heldout428": (0.93, 0.93),  # measured blind 0.952 / 0.958
    "heldout429": (0.96, 0.95),  # measured blind 0.986 / 0.977, tuned 0.996 / 1.000
    "heldout430": (0.94, 0.96),  # measured blind 0.969 / 0.980, tuned 0.979 / 1.000
    "heldout431": (0.90, 0.95),  # measured blind 0.929 / 0.978
    "heldout432": (0.92, 0.95),  # measured blind 0.947 / 0.978, tuned 0.981 / 1.000
    "heldout433": (0.94, 0.95),  # measured blind 0.968 / 0.978, tuned 0.977 / 1.000
    "heldout434": (0.88, 0.98),  # measured blind 0.903 / 1.000, tuned 0.983 / 1.000
    "heldout435": (0.94, 0.90),  # measured blind 0.961 / 0.927, tuned 0.981 / 0.952
    "heldout436": (0.96, 0.98),  # measured blind 0.982 / 1.000
    "heldout437": (0.84, 0.89),  # measured blind 0.869 / 0.919, tuned 0.984 / 1.000
    "heldout438": (0.88, 0.88),  # measured blind 0.909 / 0.905, tuned 0.952 / 0.952
    "heldout439": (0.92, 0.91),  # measured blind 0.942 / 0.936, tuned 0.974 / 0.978
    "heldout440": (0.92, 0.95),  # measured blind 0.949 / 0.979
    "heldout441": (0.93, 0.96),  # measured blind 0.952 / 0.980
    "heldout442": (0.91, 0.98),  # measured blind 0.933 / 1.000
    "heldout443": (0.89, 0.96),  # measured blind 0.910 / 0.980, tuned 0.975 / 0.980
    "heldout444": (0.93, 0.95),  # measured blind 0.954 / 0.977, tuned 0.985 / 1.000
    "heldout445": (0.96, 0.98),  # measured blind 0.987 / 1.000, tuned 0.990 / 1.000
    "heldout446": (0.95, 0.95),  # measured blind 0.979 / 0.978
    "heldout447": (0.96, 0.98),  # measured blind 0.983 / 1.000
    "heldout448": (0.95, 0.95),  # measured blind 0.970 / 0.978, tuned 0.984 / 1.000
    "heldout449": (0.92, 0.95),  # measured blind 0.945 / 0.978, tuned 0.969 / 1.000
    "heldout450": (0.91, 0.95),  # measured blind 0.932 / 0.977, tuned 0.957 / 1.000
    "heldout451": (0.94, 0.93),  # measured blind 0.962 / 0.957
    "heldout452": (0.96, 0.98),  # measured blind 0.988 / 1.000
    "heldout453": (0.93, 0.95),  # measured blind 0.954 / 0.978
    "heldout454": (0.93, 0.95),  # measured blind 0.959 / 0.979
    "heldout455": (0.96, 0.98),  # measured blind 0.980 / 1.000
    "heldout456": (0.93, 0.95),  # measured blind 0.958 / 0.978, tuned 0.977 / 1.000
    "heldout457": (0.93, 0.95),  # measured blind 0.951 / 0.974, tuned 0.993 / 1.000
    "heldout458": (0.95, 0.98),  # measured blind 0.975 / 1.000
    "heldout459": (0.85, 0.83),  # measured blind 0.876 / 0.850, tuned 0.979 / 0.955
    "heldout460": (0.95, 0.98),  # measured blind 0.974 / 1.000
    "heldout461": (0.96, 0.98),  # measured blind 0.982 / 1.000, tuned 0.995 / 1.000
    "heldout462": (0.93, 0.95),  # measured blind 0.959 / 0.977, tuned 0.987 / 1.000
    "heldout463": (0.93, 0.95),  # measured blind 0.959 / 0.978
    "heldout464": (0.94, 0.95),  # measured blind 0.963 / 0.978
    "heldout465": (0.92, 0.95),  # measured blind 0.949 / 0.978, tuned 0.991 / 0.978
    "heldout466": (0.90, 0.93),  # measured blind 0.923 / 0.957, tuned 0.972 / 0.957
    "heldout467": (0.90, 0.91),  # measured blind 0.926 / 0.930
    "heldout468": (0.94, 0.95),  # measured blind 0.964 / 0.977
    "heldout469": (0.91, 0.92),  # measured blind 0.939 / 0.941
    "heldout470": (0.90, 0.90),  # measured blind 0.924 / 0.927, tuned 0.960 / 0.977
    "heldout471": (0.90, 0.95),  # measured blind 0.928 / 0.976
    "heldout472": (0.92, 0.96),  # measured blind 0.941 / 0.980, tuned 0.946 / 0.980
    "heldout473": (0.93, 0.93),  # measured blind 0.951 / 0.957, tuned 0.971 / 0.978
    "heldout474": (0.97, 0.98),  # measured blind 0.993 / 1.000
    "heldout475": (0.94, 0.95),  # measured blind 0.960 / 0.977
    "heldout476": (0.92, 0.95),  # measured blind 0.948 / 0.978, tuned 0.989 / 1.000
    "heldout477": (0.97, 0.98),  # measured blind 0.990 / 1.000
    "heldout478": (0.94, 0.98),  # measured blind 0.967 / 1.000, tuned 0.980 / 1.000
    "heldout479": (0.95, 0.98),  # measured blind 0.979 / 1.000
    "heldout480": (0.96, 0.98),  # measured blind 0.988 / 1.000
    "heldout481": (0.93, 0.93),  # measured blind 0.958 / 0.955, tuned 0.975 / 0.978
    "heldout482": (0.94, 0.95),  # measured blind 0.967 / 0.978
    "heldout483": (0.89, 0.86),  # measured blind 0.913 / 0.880, tuned 0.949 / 0.939
    "heldout484": (0.97, 0.98),  # measured blind 0.997 / 1.000
    "heldout485": (0.94, 0.95),  # measured blind 0.967 / 0.977
    "heldout486": (0.90, 0.95),  # measured blind 0.927 / 0.979
    "heldout487": (0.94, 0.95),  # measured blind 0.962 / 0.977
    "heldout488": (0.93, 0.95),  # measured blind 0.953 / 0.978
    "heldout489": (0.93, 0.98),  # measured blind 0.953 / 1.000
    "heldout490": (0.92, 0.93),  # measured blind 0.948 / 0.950
    "heldout491": (0.96, 0.98),  # measured blind 0.982 / 1.000
    "heldout492": (0.95, 0.98),  # measured blind 0.975 / 1.000, tuned 0.985 / 1.000
    "heldout493": (0.94, 0.95),  # measured blind 0.966 / 0.977
    "heldout494": (0.93, 0.95),  # measured blind 0.950 / 0.977
    "heldout495": (0.93, 0.98),  # measured blind 0.953 / 1.000, tuned 0.982 / 1.000
    "heldout496": (0.90, 0.94),  # measured blind 0.924 / 0.960, tuned 0.932 / 0.960
    "heldout497": (0.97, 0.95),  # measured blind 0.996 / 0.977
    "heldout498": (0.96, 0.98),  # measured blind 0.985 / 1.000
    "heldout499": (0.88, 0.84),  # measured blind 0.909 / 0.864, tuned 0.955 / 0.930
    "heldout500": (0.98, 0.98),  # measured blind 1.000 / 1.000
    "heldout501": (0.95, 0.98),  # measured blind 0.971 / 1.000
    "heldout502": (0.96, 0.98),  # measured blind 0.981 / 1.000
    "heldout503": (0.89, 0.89),  # measured blind 0.910 / 0.913, tuned 0.920 / 0.913
    "heldout504": (0.96, 0.98),  # measured blind 0.980 / 1.000, tuned 0.986 / 1.000
    "heldout505": (0.95, 0.98),  # measured blind 0.973 / 1.000, tuned 0.979 / 1.000
    "heldout506": (0.94, 0.98),  # measured blind 0.966 / 1.000
    "heldout507": (0.96, 0.98),  # measured blind 0.985 / 1.000
    "heldout508": (0.91, 0.93),  # measured blind 0.932 / 0.952, tuned 0.958 / 0.977
    "heldout509": (0.96, 0.98),  # measured blind 0.989 / 1.000, tuned 0.994 / 1.000
    "heldout510": (0.89, 0.93),  # measured blind 0.912 / 0.957, tuned 0.985 / 1.000
    "heldout511": (0.95, 0.98),  # measured blind 0.970 / 1.000, tuned 0.972 / 1.000
    "heldout512": (0.89, 0.98),  # measured blind 0.912 / 1.000, tuned 0.916 / 1.000
    "heldout513": (0.95, 0.98),  # measured blind 0.978 / 1.000
    "heldout514": (0.96, 0.98),  # measured blind 0.983 / 1.000
    "heldout515": (0.90, 0.93),  # measured blind 0.928 / 0.955
    "heldout516": (0.93, 0.93),  # measured blind 0.957 / 0.958, tuned 0.986 / 0.980
    "heldout517": (0.94, 0.95),  # measured blind 0.966 / 0.979, tuned 0.974 / 0.979
    "heldout518": (0.94, 0.98),  # measured blind 0.965 / 1.000, tuned 0.975 / 1.000
    "heldout519": (0.92, 0.93),  # measured blind 0.949 / 0.955, tuned 0.993 / 1.000
    "heldout520": (0.90, 0.93),  # measured blind 0.926 / 0.957, tuned 0.934 / 0.978
    "heldout521": (0.95, 0.98),  # measured blind 0.974 / 1.000
    "heldout522": (0.92, 0.95),  # measured blind 0.947 / 0.977, tuned 0.952 / 0.977
    "heldout523": (0.95, 0.98),  # measured blind 0.975 / 1.000, tuned 0.983 / 1.000
    "heldout524": (0.95, 0.98),  # measured blind 0.970 / 1.000, tuned 0.983 / 1.000
    "heldout525": (0.94, 0.98),  # measured blind 0.961 / 1.000, tuned 0.967 / 1.000
    "heldout526": (0.96, 0.95),  # measured blind 0.984 / 0.976
    "heldout527": (0.95, 0.98),  # measured blind 0.972 / 1.000
    "heldout528": (0.93, 0.98),  # measured blind 0.951 / 1.000, tuned 0.967 / 1.000
    "heldout529": (0.97, 0.98),  # measured blind 0.998 / 1.000
    "heldout530": (0.92, 0.93),  # measured blind 0.941 / 0.957, tuned 0.950 / 0.957
    "heldout531": (0.91, 0.95),  # measured blind 0.930 / 0.979, tuned 0.977 / 1.000
    "heldout532": (0.89, 0.95),  # measured blind 0.913 / 0.974, tuned 0.975 / 1.000
    "heldout533": (0.91, 0.98),  # measured blind 0.938 / 1.000, tuned 0.975 / 1.000
    "heldout534": (0.95, 0.95),  # measured blind 0.976 / 0.978, tuned 0.983 / 0.978
    "heldout535": (0.88, 0.91),  # measured blind 0.901 / 0.933, tuned 0.920 / 0.933
    "heldout536": (0.88, 0.93),  # measured blind 0.904 / 0.957, tuned 0.905 / 0.957
    "heldout537": (0.96, 0.98),  # measured blind 0.980 / 1.000
    "heldout538": (0.92, 0.95),  # measured blind 0.949 / 0.977, tuned 0.948 / 0.977
    "heldout539": (0.93, 0.98),  # measured blind 0.958 / 1.000, tuned 0.978 / 1.000
    "heldout540": (0.89, 0.91),  # measured blind 0.912 / 0.930, tuned 0.937 / 0.978
    "heldout541": (0.96, 0.98),  # measured blind 0.989 / 1.000
    "heldout542": (0.95, 0.96),  # measured blind 0.977 / 0.980, tuned 0.988 / 1.000
    "heldout543": (0.93, 0.95),  # measured blind 0.956 / 0.978
    "heldout544": (0.96, 0.98),  # measured blind 0.989 / 1.000
    "heldout545": (0.93, 0.93),  # measured blind 0.953 / 0.957
    "heldout546": (0.95, 0.98),  # measured blind 0.976 / 1.000
    "heldout547": (0.91, 0.93),  # measured blind 0.938 / 0.950
    "heldout548": (0.95, 0.98),  # measured blind 0.971 / 1.000
    "heldout549": (0.97, 0.98),  # measured blind 0.990 / 1.000
}


def _scorer():
    if not SCORER.is_file():
        pytest.skip(f"{SCORER} is absent")
    spec = importlib.util.spec_from_file_location("unvotes_shared_score", SCORER)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _f1(tp: int, fp: int, fn: int) -> float:
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 1.0
    return 2 * p * r / (p + r) if p + r else 0.0


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_heldout_articles_score_above_the_measured_floor(name: str) -> None:
    score = _scorer()
    heldout = HERE / name
    fact_floor, event_floor = FLOORS[name]
    preds: dict[str, list[dict]] = {}
    for doc in iter_documents([heldout]):
        if isinstance(doc, DocError) or str(doc.source).endswith((".json", ".md")):
            continue  # the labels beside the articles
        a = analyse(doc.text, published=doc.published, source=doc.source)
        preds[Path(doc.source).stem] = [e.to_dict() for e in a.events]
    tp = fp = fn = ev_tp = ev_fp = ev_fn = 0
    labels = sorted(heldout.glob("*.json"))
    assert labels, f"no labelled articles in tests/{name}"
    for path in labels:
        label = json.loads(path.read_text(encoding="utf-8"))
        gold = [score.facts(e) for e in label.get("events", []) if score.is_sc(e)]
        pred = [score.facts(e) for e in preds.get(path.stem, []) if score.is_sc(e)]
        pairs = score.pair(gold, pred)
        ev_tp += len(pairs)
        ev_fn += len(gold) - len(pairs)
        ev_fp += len(pred) - len(pairs)
        for gi, pi in pairs:
            tp += len(gold[gi] & pred[pi])
            fp += len(pred[pi] - gold[gi])
            fn += len(gold[gi] - pred[pi])
        fn += sum(len(gold[g]) for g in set(range(len(gold))) - {g for g, _ in pairs})
        fp += sum(len(pred[p]) for p in set(range(len(pred))) - {p for _, p in pairs})
    fact_f1, event_f1 = _f1(tp, fp, fn), _f1(ev_tp, ev_fp, ev_fn)
    assert fact_f1 >= fact_floor, f"{name} fact F1 {fact_f1:.3f} < {fact_floor}"
    assert event_f1 >= event_floor, f"{name} event F1 {event_f1:.3f} < {event_floor}"
