import sys, xlsxwriter
out = sys.argv[1]
chart = len(sys.argv) > 2 and sys.argv[2] == "chart"
wb = xlsxwriter.Workbook(out)
ws = wb.add_worksheet("Ghi chép")
ws.write_row(0, 0, ["Ngày", "Việc", "Số"])
ws.write_row(1, 0, ["01/02", "Họp chi bộ", 3])
ws.write_row(2, 0, ["02/02", "Đi thăm", 4])
ws.write_formula("C4", "=SUM(C2:C3)", None, 7)
ws.add_table("E1:F3", {"name": "GhiChepRieng", "columns": [{"header": "Tên"}, {"header": "Điểm"}], "data": [["A", 1], ["B", 2]]})
ws.insert_textbox("H2", "Nhớ nộp báo cáo trước ngày 15", {"width": 240, "height": 60})
ws.write_comment("B2", "Chị Lan ghi: họp lúc 8h")
import base64, os
png = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==")
img = out + ".png"
open(img, "wb").write(png)
ws.insert_image("H8", img)
ws.protect("matkhau")
wb.define_name("NguongXuatSac", "=90")
ws.data_validation("C2:C3", {"validate": "integer", "criteria": "between", "minimum": 0, "maximum": 10})
if chart:
    c = wb.add_chart({"type": "column"})
    c.add_series({"values": "='Ghi chép'!$C$2:$C$3"})
    ws.insert_chart("H14", c)
wb.close()
os.remove(img)
