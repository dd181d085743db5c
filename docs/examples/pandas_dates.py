import mfatext
import pandas as pd

frame = pd.DataFrame(mfatext.records(mfatext.parse_files(["seeds/000_4a6f6b0d76846440.txt",
                                                          "seeds/004_d6443154fc4fd715.txt"])))
# "published" mixes dates ("2022-06-24") and datetimes with their offset ("2021-10-11T13:23:00+03:00"):
# format="ISO8601" reads both; utc=True puts them on one axis (a bare date is midnight UTC).
frame["published_at"] = pd.to_datetime(frame["published"], format="ISO8601", utc=True)
frame["event_day"] = pd.to_datetime(frame["event_date"], format="ISO8601")
print(frame[["published", "published_at", "event_day"]].head(3).to_string())
print(frame.set_index("published_at").resample("MS").size().loc[lambda s: s > 0].to_string())
