import glob

import dask
import mfatext.dask

bag = mfatext.dask.from_paths(sorted(glob.glob("seeds/*.txt")), partition_size=2)
print(bag.npartitions, "partitions")
with dask.config.set(scheduler="synchronous"):  # the docs build runs on one machine, in one process
    print(sorted(bag.pluck("layout").frequencies().compute()))
    lavrov = bag.filter(lambda rec: "lavrov-sergey" in rec["speaker_ids"])
    print(lavrov.count().compute(), "items with Sergey Lavrov in the title")
    print(lavrov.pluck("event_date").filter(None).distinct().compute()[:4])
