<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en" sourcelanguage="id">
<context>
    <name>AgendaEditor</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/agenda.py" line="194" />
        <source>Tambah baris</source>
        <translation>Add row</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/agenda.py" line="195" />
        <source>Hapus baris</source>
        <translation>Delete row</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/agenda.py" line="196" />
        <source>Naik</source>
        <translation>Up</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/agenda.py" line="197" />
        <source>Turun</source>
        <translation>Down</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/agenda.py" line="211" />
        <source>Centang &lt;b&gt;Absen&lt;/b&gt; untuk sesi yang dipindai di meja; &lt;b&gt;Syarat sertifikat&lt;/b&gt; untuk sesi yang wajib dihadiri. JP (jam pelajaran) dicetak di halaman materi sertifikat. Jam boleh ditulis 9.45 atau 0945.</source>
        <translation>Tick &lt;b&gt;Attendance&lt;/b&gt; for sessions scanned at the desk; &lt;b&gt;Required for certificate&lt;/b&gt; for sessions that must be attended. JP (lesson hours) are printed on the certificate's materials page. Times may be typed as 9.45 or 0945.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/agenda.py" line="233" />
        <source>Total %1 JP · %2 titik absen</source>
        <translation>Total %1 JP · %2 attendance points</translation>
    </message>
</context>
<context>
    <name>AgendaModel</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/agenda.py" line="42" />
        <source>Kode</source>
        <translation>Code</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/agenda.py" line="42" />
        <source>Mulai</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/agenda.py" line="42" />
        <source>Selesai</source>
        <translation>End</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/agenda.py" line="42" />
        <source>Kegiatan / materi</source>
        <translation>Activity / subject</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/agenda.py" line="43" />
        <source>Narasumber</source>
        <translation>Speaker</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/agenda.py" line="43" />
        <source>JP</source>
        <translation>JP</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/agenda.py" line="43" />
        <source>Absen</source>
        <translation>Attendance</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/agenda.py" line="43" />
        <source>Syarat sertifikat</source>
        <translation>Required for certificate</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/agenda.py" line="44" />
        <source>Label di meja</source>
        <translation>Label at the desk</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/audit_dialog.py" line="14" />
        <source>Log audit</source>
        <translation>Audit log</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/audit_dialog.py" line="18" />
        <source>Waktu</source>
        <translation>Time</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/audit_dialog.py" line="18" />
        <source>Oleh</source>
        <translation>By</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/audit_dialog.py" line="18" />
        <source>Tindakan</source>
        <translation>Action</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/audit_dialog.py" line="19" />
        <source>Rincian</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>ConfirmRow</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/confirm_row.py" line="23" />
        <source>Konfirmasi data contoh…</source>
        <translation>Confirm example data…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/confirm_row.py" line="33" />
        <source>Masih contoh (dokumen yang memakainya bertanda DRAF): %1</source>
        <translation>Still examples (documents using them are marked DRAFT): %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/confirm_row.py" line="42" />
        <source>Data berikut sudah benar, bukan contoh lagi:
%1

PIN panitia:</source>
        <translation>The following data is correct, no longer an example:
%1

Committee PIN:</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/confirm_row.py" line="44" />
        <source>Konfirmasi data contoh</source>
        <translation>Confirm example data</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/decision.py" line="14" />
        <source>Keputusan panitia</source>
        <translation>Committee decision</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/decision.py" line="16" />
        <source>Sekarang: %1 (%2)</source>
        <translation>Now: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/decision.py" line="16" />
        <source>layak</source>
        <translation>eligible</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/decision.py" line="17" />
        <source>tidak layak</source>
        <translation>not eligible</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/decision.py" line="20" />
        <source>Layak menerima sertifikat</source>
        <translation>Gets a certificate</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/decision.py" line="21" />
        <source>Tidak layak menerima sertifikat</source>
        <translation>Does not get a certificate</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/decision.py" line="24" />
        <source>mis. izin tertulis dari Kabid, hadir sesi pengganti</source>
        <translation>e.g. written leave from the head of division, attended a make-up session</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/decision.py" line="27" />
        <source>Keputusan</source>
        <translation>Decision</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/decision.py" line="28" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/decision.py" line="36" />
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
</context>
<context>
    <name>DeskNameDialog</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/desk_name.py" line="15" />
        <source>Nama meja laptop ini</source>
        <translation>This laptop's desk name</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/desk_name.py" line="16" />
        <source>Setiap check-in mencatat mejanya. Beri laptop ini nama yang berbeda dari laptop lain, misalnya «Meja 2» atau «Meja Pintu Timur». Nama ini disimpan di laptop ini saja dan dapat diganti nanti.</source>
        <translation>Every check-in records its desk. Give this laptop a name that differs from the other laptops, e.g. «Desk 2» or «East Door Desk». The name is kept on this laptop only and can be changed later.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/desk_name.py" line="24" />
        <source>Nama meja</source>
        <translation>Desk name</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/desk_name.py" line="32" />
        <source>Itu hasil pindaian, bukan nama meja: tidak dipakai. Ketik nama meja dengan keyboard, misalnya «Meja 2».</source>
        <translation>That was a scan, not a desk name: not used. Type the desk's name on the keyboard, e.g. «Desk 2».</translation>
    </message>
</context>
<context>
    <name>DeskPanel</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="60" />
        <source>Nama meja laptop ini (klik untuk mengganti)</source>
        <translation>This laptop's desk name (click to change)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="62" />
        <source>Petugas: %1</source>
        <translation>Operator: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="73" />
        <source>Nama, kelurahan atau no. HP…</source>
        <translation>Name, kelurahan or phone…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="95" />
        <source>F2  Peserta baru (tanpa undangan)</source>
        <translation>F2  New participant (walk-in)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="96" />
        <source>F3  Peserta pengganti</source>
        <translation>F3  Substitute</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="97" />
        <source>F4  Batalkan check-in</source>
        <translation>F4  Undo check-in</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="98" />
        <source>F7  Kamera</source>
        <translation>F7  Camera</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="99" />
        <source>F11  Layar penuh</source>
        <translation>F11  Full screen</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="100" />
        <source>Suara</source>
        <translation>Sound</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="122" />
        <source>Sesi:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="129" />
        <source>Cari peserta tanpa badge  (Ctrl+F)</source>
        <translation>Find a participant without a badge  (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="132" />
        <source>20 pindaian terakhir</source>
        <translation>Last 20 scans</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="151" />
        <source>Basis data hanya-baca: check-in TIDAK dapat disimpan. Panggil panitia.</source>
        <translation>Read-only database: check-ins CANNOT be saved. Call the committee.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="178" />
        <source>Panitia: Ctrl+Shift+H.</source>
        <translation>Committee: Ctrl+Shift+H.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="194" />
        <source>%1 / %2 hadir</source>
        <translation>%1 / %2 present</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="238" />
        <source>Peserta baru (tidak ada di daftar)</source>
        <translation>New participant (not on the roster)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="256" />
        <source>Cari dulu peserta yang digantikan di kotak Cari, pilih, lalu tekan F3.</source>
        <translation>First find the participant being replaced in the Search box, select them, then press F3.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="260" />
        <source>Pengganti untuk %1</source>
        <translation>Substitute for %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="290" />
        <source>Pilih check-in yang akan dibatalkan di daftar pindaian terakhir.</source>
        <translation>Select the check-in to undo in the list of last scans.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="294" />
        <source>Check-in %1 pukul %2 (%3)</source>
        <translation>Check-in of %1 at %2 (%3)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="315" />
        <source>Bukan hari acara</source>
        <translation>Not an event day</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="316" />
        <source>Hari ini bukan hari acara. Alasan tetap mencatat check-in hari ini (mis. tanggal acara pindah):</source>
        <translation>Today is not an event day. Reason to record check-ins today anyway (e.g. the event date moved):</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="357" />
        <source>Kamera mati.</source>
        <translation>Camera off.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="361" />
        <source>F7  Kamera (tidak tersedia)</source>
        <translation>F7  Camera (not available)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="367" />
        <source>Tidak ada kamera di laptop ini; gunakan pemindai atau pencarian.</source>
        <translation>No camera on this laptop; use the scanner or the search.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="372" />
        <source>Kamera aktif: tunjukkan QR ke kamera.</source>
        <translation>Camera on: show the QR to the camera.</translation>
    </message>
    <message>
        <location filename="../../bimtek_desk/gui/desk/panel.py" line="225" />
        <source>Laptop ini dipulihkan dari cadangan dan belum sinkron dengan laptop lain. Tekan Sinkron… (atau tunggu sinkron jaringan) SEBELUM memindai: check-in sesudah cadangan itu kembali, dan check-in baru tidak bentrok dengannya.</source>
        <translation>This laptop was restored from a backup and has not synced with the other laptops since. Press Sinkron… (or wait for network sync) BEFORE scanning: the check-ins made after that backup come back, and new check-ins do not clash with them.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="242" />
        <source>Hari ini bukan hari acara (%1): check-in TIDAK dicatat. Periksa tanggal laptop, atau panitia mengizinkan hari ini dengan Ctrl+Shift+H.</source>
        <translation>Today is not an event day (%1): check-ins are NOT recorded. Check the laptop's date, or the committee allows today with Ctrl+Shift+H.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="280" />
        <source>Tidak ditemukan: «%1». Coba bagian nama yang lebih pendek (mis. nama depan saja) atau kelurahannya. Belum terdaftar? F2 Peserta baru.</source>
        <translation>Not found: «%1». Try a shorter part of the name (e.g. the first name only) or the kelurahan. Not registered? F2 New participant.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="356" />
        <source>pengganti %1</source>
        <translation>substitute for %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="388" />
        <source>%1 belum check-in di sesi ini: tidak ada yang dibatalkan.</source>
        <translation>%1 has not checked in at this session: nothing to undo.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="394" />
        <source>Check-in pukul %2 (%3)</source>
        <translation>Check-in at %2 (%3)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="417" />
        <source>Badge dipindai</source>
        <translation>Badge scanned</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="420" />
        <source>Badge dipindai: &lt;b&gt;%1&lt;/b&gt; (Kel. %2).&lt;br&gt;Kodenya TIDAK dimasukkan ke formulir.</source>
        <translation>Badge scanned: &lt;b&gt;%1&lt;/b&gt; (Kel. %2).&lt;br&gt;Its code was NOT typed into the form.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="423" />
        <source>Tutup formulir dan check-in %1</source>
        <translation>Close the form and check in %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="426" />
        <source>Sebuah kode dipindai; kodenya TIDAK dimasukkan ke formulir.</source>
        <translation>A code was scanned; it was NOT typed into the form.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="428" />
        <source>Tutup dialog ini dulu, lalu pindai lagi di Meja registrasi.</source>
        <translation>Close this dialog first, then scan again at the Registration desk.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="429" />
        <source>Kembali ke formulir</source>
        <translation>Back to the form</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/panel.py" line="430" />
        <source>Tutup formulir</source>
        <translation>Close the form</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="54" />
        <source>Tata letak bawaan, atau berkas tata letak JSON milik panitia</source>
        <translation>The built-in layout, or the committee's own JSON layout file</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="65" />
        <source>Simpan semua ke satu PDF…  (Ctrl+S)</source>
        <translation>Save all to one PDF…  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="66" />
        <source>Satu PDF per orang…</source>
        <translation>One PDF per person…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="67" />
        <source>Cetak semua…  (Ctrl+P)</source>
        <translation>Print all…  (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="68" />
        <source>Cetak yang dipratinjau…</source>
        <translation>Print the previewed one…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="69" />
        <source>Keputusan panitia…</source>
        <translation>Committee decision…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="70" />
        <source>Tetapkan layak/tidak layak sertifikat untuk orang yang dipratinjau, dengan alasan (PIN panitia)</source>
        <translation>Decide whether the previewed person gets a certificate, with a reason (committee PIN)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="73" />
        <source>Cabut…</source>
        <translation>Revoke…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="74" />
        <source>Cabut dokumen yang dipratinjau (sudah bernomor), dengan alasan (PIN panitia): verifikasi akan menyatakan DICABUT</source>
        <translation>Revoke the previewed (numbered) document, with a reason (committee PIN): verification will say REVOKED</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="77" />
        <source>Halaman verifikasi…</source>
        <translation>Verification page…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="78" />
        <source>Satu berkas HTML untuk memeriksa keaslian sertifikat tanpa aplikasi dan tanpa internet: kunci publik dan daftar yang dicabut ada di dalamnya</source>
        <translation>One HTML file to check whether a certificate is genuine, without the app and without internet: the public keys and the revocation list are inside</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="84" />
        <source>Konfirmasi data contoh…</source>
        <translation>Confirm example data…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="85" />
        <source>Data contoh yang sudah benar dikonfirmasi (PIN panitia); dokumen tidak lagi bertanda DRAF</source>
        <translation>Confirm the example data that is correct (committee PIN); documents are no longer marked DRAFT</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="89" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="111" />
        <source>Dokumen:</source>
        <translation>Document:</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="113" />
        <source>Tata letak:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="118" />
        <source>Pratinjau untuk:</source>
        <translation>Preview for:</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="149" />
        <source>Bawaan</source>
        <translation>Built-in</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="153" />
        <source>Pilih berkas tata letak…</source>
        <translation>Choose a layout file…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="159" />
        <source>Berkas tata letak</source>
        <translation>Layout file</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="160" />
        <source>Tata letak (*.json)</source>
        <translation>Layouts (*.json)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="176" />
        <source>Berkas ini tata letak %1, bukan %2.</source>
        <translation>This file is a %1 layout, not %2.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="237" />
        <source>Dokumen ini belum bernomor: tidak ada yang dapat dicabut.</source>
        <translation>This document has no number yet: there is nothing to revoke.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="247" />
        <source>Dicabut: Nomor %1. Buat ulang halaman verifikasi (tombol «Halaman verifikasi…») agar pemeriksa melihatnya.</source>
        <translation>Revoked: number %1. Make the verification page again (the «Verification page…» button) so that checkers see it.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="255" />
        <source>DRAF — belum dikonfirmasi: %1</source>
        <translation>DRAFT — not yet confirmed: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="262" />
        <source>JP tidak cocok dengan waktu agenda: %1</source>
        <translation>JP do not match the agenda times: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="273" />
        <source>Data berikut sudah benar, bukan contoh lagi:
%1

PIN panitia:</source>
        <translation>The following data is correct, no longer an example:
%1

Committee PIN:</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="275" />
        <source>Konfirmasi data contoh</source>
        <translation>Confirm example data</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="283" />
        <source>Dikonfirmasi: %1</source>
        <translation>Confirmed: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="298" />
        <source> — TIDAK memenuhi syarat</source>
        <translation> — NOT eligible</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="301" />
        <source>%1 dari %2 memenuhi syarat</source>
        <translation>%1 of %2 eligible</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="307" />
        <source>%1 piagam</source>
        <translation>%1 plaques</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="351" />
        <source>Belum ada dokumen yang dapat dibuat (belum ada peserta yang memenuhi syarat).</source>
        <translation>No document can be made yet (nobody is eligible yet).</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="356" />
        <source>Masih ada pekerjaan berjalan.</source>
        <translation>A job is still running.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="379" />
        <source>Gagal: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="433" />
        <source>Dibatalkan: %1 dari %2 berkas tersimpan di %3.</source>
        <translation>Cancelled: %1 of %2 files saved in %3.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="437" />
        <source>Dibatalkan: tidak ada berkas yang disimpan.</source>
        <translation>Cancelled: no file was saved.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="452" />
        <source>Selesai: %1 dokumen di %2</source>
        <translation>Done: %1 documents in %2</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="455" />
        <source>Membuat %1 dokumen…</source>
        <translation>Making %1 documents…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="470" />
        <source>Selesai: %1 berkas di %2</source>
        <translation>Done: %1 files in %2</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="473" />
        <source>Membuat %1 berkas…</source>
        <translation>Making %1 files…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="499" />
        <source>Pencetakan berhenti: %1</source>
        <translation>Printing stopped: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="501" />
        <source>Dibatalkan: %1 dari %2 dokumen terkirim ke printer (dicatat tercetak).</source>
        <translation>Cancelled: %1 of %2 documents sent to the printer (logged as printed).</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="504" />
        <source>Terkirim ke printer: %1 dokumen (%2 halaman).</source>
        <translation>Sent to the printer: %1 documents (%2 pages).</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="507" />
        <source>Pencetakan berhenti: %1 dari %2 halaman terkirim; dokumen yang belum lengkap tidak dicatat tercetak.</source>
        <translation>Printing stopped: %1 of %2 pages sent; incomplete documents are not recorded as printed.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="511" />
        <source>Mencetak %1 dokumen…</source>
        <translation>Printing %1 documents…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="522" />
        <source>Simpan dokumen</source>
        <translation>Save documents</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="527" />
        <source>Simpan halaman verifikasi</source>
        <translation>Save verification page</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="541" />
        <source>Halaman verifikasi disimpan: %1. Bagikan berkas ini kepada pemeriksa (BKPSDM, pemberi kerja).</source>
        <translation>Verification page saved: %1. Give this file to the people who check certificates (BKPSDM, employers).</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="546" />
        <source>Folder untuk satu PDF per orang</source>
        <translation>Folder for one PDF per person</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="561" />
        <source>Cetak — DRAF</source>
        <translation>Print — DRAFT</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="284" />
        <source>Penandatangan %1 belum diisi (Acara → Penandatangan).</source>
        <translation>Nobody signs the %1 yet (Event → Signatories).</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="285" />
        <source>sertifikat</source>
        <translation>certificate</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/panel.py" line="285" />
        <source>piagam</source>
        <translation>plaque</translation>
    </message>
</context>
<context>
    <name>EditPersonDialog</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/person_dialog.py" line="24" />
        <source>Ubah data peserta</source>
        <translation>Edit participant</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/person_dialog.py" line="30" />
        <source>16 angka; boleh kosong</source>
        <translation>16 digits; may be empty</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/person_dialog.py" line="32" />
        <source>L (laki-laki)</source>
        <translation>M (male)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/person_dialog.py" line="32" />
        <source>P (perempuan)</source>
        <translation>F (female)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/person_dialog.py" line="37" />
        <source>hh-bb-tttt, mis. 17-08-1970</source>
        <translation>dd-mm-yyyy, e.g. 17-08-1970</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/person_dialog.py" line="49" />
        <source>Nama lengkap (dengan gelar)</source>
        <translation>Full name (with titles)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/person_dialog.py" line="49" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/person_dialog.py" line="50" />
        <source>Jenis kelamin</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/person_dialog.py" line="50" />
        <source>Tempat lahir</source>
        <translation>Place of birth</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/person_dialog.py" line="51" />
        <source>Tanggal lahir</source>
        <translation>Date of birth</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/person_dialog.py" line="51" />
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/person_dialog.py" line="52" />
        <source>No. HP</source>
        <translation>Mobile no.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/person_dialog.py" line="52" />
        <source>PSM sejak tahun</source>
        <translation>PSM since (year)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/person_dialog.py" line="53" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/person_dialog.py" line="65" />
        <source>Tanggal lahir '%1' tidak dapat dibaca; tulis misalnya 17-08-1970.</source>
        <translation>Cannot read the date of birth '%1'; write e.g. 17-08-1970.</translation>
    </message>
</context>
<context>
    <name>EventHeader</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event_header.py" line="77" />
        <source>Terdaftar: %1</source>
        <translation>Registered: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event_header.py" line="80" />
        <source>hadir</source>
        <translation>present</translation>
    </message>
</context>
<context>
    <name>EventPanel</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="76" />
        <source>Data acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="78" />
        <source>Sesi dan JP</source>
        <translation>Sessions and JP</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="80" />
        <source>Penandatangan</source>
        <translation>Signatories</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="81" />
        <source>Logo dan penomoran</source>
        <translation>Logo and numbering</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="87" />
        <source>Simpan perubahan</source>
        <translation>Save changes</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="88" />
        <source>Simpan (Ctrl+S)</source>
        <translation>Save (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="89" />
        <source>Batalkan perubahan</source>
        <translation>Discard changes</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="90" />
        <source>Muat dari berkas acara…</source>
        <translation>Load from an event file…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="91" />
        <source>Salin ke acara baru…</source>
        <translation>Copy to a new event…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="92" />
        <source>Pelatihan berulang: pengaturan, sesi dan penandatangan ikut; peserta bila diminta</source>
        <translation>Repeated trainings: settings, sessions and signatories carry over; participants on request</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="94" />
        <source>Acara baru…</source>
        <translation>New event…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="95" />
        <source>Buka acara lain…</source>
        <translation>Open another event…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="96" />
        <source>Ganti PIN panitia…</source>
        <translation>Change the committee PIN…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="141" />
        <source> menit</source>
        <translation> minutes</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="148" />
        <source>Hadir di semua sesi yang menjadi syarat</source>
        <translation>Present at every required session</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="149" />
        <source>Hadir minimal N sesi</source>
        <translation>Present at N sessions at least</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="156" />
        <source>Nama kegiatan</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="156" />
        <source>Nama singkat</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="157" />
        <source>Pemerintah</source>
        <translation>Government</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="157" />
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="158" />
        <source>Bidang</source>
        <translation>Division</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="158" />
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="159" />
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="159" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="160" />
        <source>Menit per JP</source>
        <translation>Minutes per JP</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="161" />
        <source>Uang transport per orang</source>
        <translation>Transport money per person</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="162" />
        <source>Syarat sertifikat</source>
        <translation>Certificate rule</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="162" />
        <source>Minimal sesi</source>
        <translation>Minimum sessions</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="173" />
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="180" />
        <source>Logo (kop, badge, sertifikat)</source>
        <translation>Logo (letterhead, badge, certificate)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="181" />
        <source>Pakai lambang resmi dari Dinas/Prokopim; gambar tidak pernah diregangkan.</source>
        <translation>Use the official emblem from the Dinas/Prokopim; images are never stretched.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="184" />
        <source>Nomor sertifikat</source>
        <translation>Certificate number</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="184" />
        <source>Nomor piagam</source>
        <translation>Plaque number</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="188" />
        <source>Susun nomor dari teks tetap dan bagian bernama; tombol menyisipkan bagian di posisi kursor. [nomor urut] wajib (001, 002 …). Nomor yang sudah terbit tidak berubah.</source>
        <translation>Build the number from fixed text and named parts; the buttons insert a part at the cursor. [nomor urut] (serial number: 001, 002 …) is required. Numbers already issued do not change.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="269" />
        <source>Tersimpan.</source>
        <translation>Saved.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="295" />
        <source>Ada perubahan yang belum disimpan.</source>
        <translation>There are unsaved changes.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="304" />
        <source>Berkas acara</source>
        <translation>Event file</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="319" />
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="327" />
        <source>Acara baru</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="320" />
        <source>Kode acara baru (huruf kecil, angka, -):</source>
        <translation>New event key (lower case, digits, -):</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="327" />
        <source>Daftarkan juga peserta acara ini ke acara baru?</source>
        <translation>Also register this event's participants in the new event?</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="338" />
        <source>Acara baru dibuat: %1 (%2). Buka sekarang?</source>
        <translation>New event created: %1 (%2). Open it now?</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="353" />
        <source>Belum ada acara lain di basis data ini.</source>
        <translation>There is no other event in this database yet.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="356" />
        <source>Buka acara lain</source>
        <translation>Open another event</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="356" />
        <source>Acara:</source>
        <translation>Event:</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="368" />
        <source>PIN baru</source>
        <translation>New PIN</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/panel.py" line="368" />
        <source>PIN panitia baru (6–12 angka):</source>
        <translation>New committee PIN (6–12 digits):</translation>
    </message>
</context>
<context>
    <name>ImagePicker</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/image_picker.py" line="33" />
        <source>Pilih gambar…</source>
        <translation>Choose image…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/image_picker.py" line="34" />
        <source>Hapus</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/image_picker.py" line="35" />
        <source>Pilih gambar: %1</source>
        <translation>Choose image: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/image_picker.py" line="36" />
        <source>Hapus gambar: %1</source>
        <translation>Remove image: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/image_picker.py" line="72" />
        <source>Gambar (*.png *.jpg *.jpeg)</source>
        <translation>Images (*.png *.jpg *.jpeg)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/image_picker.py" line="84" />
        <source>(belum ada)</source>
        <translation>(none yet)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/image_picker.py" line="84" />
        <source>(berkas tidak ada)</source>
        <translation>(file missing)</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/import_dialog.py" line="32" />
        <source>Impor daftar peserta: %1</source>
        <translation>Import roster: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/import_dialog.py" line="39" />
        <source>Membaca berkas…</source>
        <translation>Reading the file…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/import_dialog.py" line="50" />
        <source>Kolom yang dipakai</source>
        <translation>Columns used</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/import_dialog.py" line="78" />
        <source>Impor baris yang sah saja (lewati baris bergalat)</source>
        <translation>Import the valid rows only (skip rows with errors)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/import_dialog.py" line="81" />
        <source>Simpan daftar lengkap…</source>
        <translation>Save the full list…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/import_dialog.py" line="83" />
        <source>Impor</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/import_dialog.py" line="157" />
        <source>(tidak dipakai)</source>
        <translation>(not used)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/import_dialog.py" line="164" />
        <source>Juga mirip: %1</source>
        <translation>Also similar: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/import_dialog.py" line="1" />
        <source>Kolom %1 tidak ditemukan di lembar &apos;%2&apos;. Pilih kolom yang berisi %1 di &apos;Kolom yang dipakai&apos;.</source>
        <translation>Column %1 was not found on sheet &apos;%2&apos;. Choose the column that holds %1 under &apos;Columns used&apos;.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/import_dialog.py" line="178" />
        <location filename="../work/main/bimtek_desk/gui/import_dialog.py" line="193" />
        <source>centang 'Impor baris yang sah saja'</source>
        <translation>tick 'Import the valid rows only'</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/import_dialog.py" line="184" />
        <source>Tidak ada galat maupun peringatan.</source>
        <translation>No errors and no warnings.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/import_dialog.py" line="200" />
        <source>Simpan daftar lengkap</source>
        <translation>Save the full list</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/import_dialog.py" line="202" />
        <source>Teks (*.txt)</source>
        <translation>Text (*.txt)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/import_dialog.py" line="224" />
        <source>Impor ditolak: ada baris bergalat. Tidak ada yang disimpan.</source>
        <translation>Import refused: some rows have errors. Nothing was saved.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/main_window.py" line="72" />
        <source>&amp;Meja registrasi</source>
        <translation>&amp;Registration desk</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/main_window.py" line="75" />
        <source>&amp;Peserta</source>
        <translation>&amp;Participants</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/main_window.py" line="76" />
        <source>&amp;Acara</source>
        <translation>&amp;Event</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/main_window.py" line="77" />
        <source>&amp;Dokumen</source>
        <translation>&amp;Documents</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/main_window.py" line="78" />
        <source>&amp;Laporan</source>
        <translation>&amp;Reports</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/main_window.py" line="79" />
        <source>&amp;Statistik</source>
        <translation>&amp;Statistics</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/main_window.py" line="85" />
        <source>Basis data: %1</source>
        <translation>Database: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/main_window.py" line="158" />
        <source>Masih ada pekerjaan berjalan di Dokumen atau Laporan: tunggu sampai selesai atau batalkan dulu.</source>
        <translation>Work is still running in Documents or Reports: wait until it ends or cancel it first.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/main_window.py" line="166" />
        <source>Menunggu pekerjaan berhenti; jendela lalu ditutup…</source>
        <translation>Waiting for the work to stop; the window then closes…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/main_window.py" line="169" />
        <source>Acara</source>
        <translation>Event</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/main_window.py" line="208" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/main_window.py" line="184" />
        <source>Tutup meja registrasi?</source>
        <translation>Close the registration desk?</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/main_window.py" line="185" />
        <source>Tutup meja registrasi %1? Sesudah ditutup, badge yang dipindai tidak tercatat sampai aplikasi dibuka lagi.</source>
        <translation>Close registration desk %1? Once closed, scanned badges are not recorded until the application is opened again.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/main_window.py" line="187" />
        <source>Tutup meja</source>
        <translation>Close the desk</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/main_window.py" line="188" />
        <source>Tetap buka</source>
        <translation>Keep it open</translation>
    </message>
</context>
<context>
    <name>NewEventDialog</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="23" />
        <source>Acara baru</source>
        <translation>New event</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="24" />
        <source>Bimbingan Teknis … Tahun 2026</source>
        <translation>Bimbingan Teknis … Tahun 2026</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="25" />
        <source>mis. Bimtek PSM 2026</source>
        <translation>e.g. Bimtek PSM 2026</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="26" />
        <source>mis. Dinas Sosial Kota Banjarmasin</source>
        <translation>e.g. Dinas Sosial Kota Banjarmasin</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="32" />
        <source>dibuat dari nama singkat</source>
        <translation>made from the short name</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="35" />
        <source>Nama kegiatan</source>
        <translation>Event name</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="35" />
        <source>Nama singkat</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="36" />
        <source>Penyelenggara</source>
        <translation>Organiser</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="36" />
        <source>Tempat</source>
        <translation>Venue</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="37" />
        <source>Kota</source>
        <translation>City</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="37" />
        <source>Tanggal</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="38" />
        <source>Kode acara</source>
        <translation>Event code</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="38" />
        <source>PIN panitia (6–12 angka)</source>
        <translation>Committee PIN (6–12 digits)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="39" />
        <source>Ulangi PIN</source>
        <translation>Repeat PIN</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="47" />
        <source>Sesi, JP, penandatangan, logo dan penomoran diisi sesudahnya di area Acara.</source>
        <translation>Sessions, JP, signatories, logo and numbering are filled in afterwards in the Event area.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="81" />
        <source>PIN panitia harus 6–12 angka.</source>
        <translation>The committee PIN must be 6–12 digits.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="83" />
        <source>Kedua PIN tidak sama.</source>
        <translation>The two PINs differ.</translation>
    </message>
</context>
<context>
    <name>NumberPatternEditor</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/numbering.py" line="80" />
        <source>kosong: pola bawaan</source>
        <translation>empty: default pattern</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/numbering.py" line="84" />
        <source>Sisipkan:</source>
        <translation>Insert:</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/numbering.py" line="104" />
        <source>nomor urut</source>
        <translation>serial number</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/numbering.py" line="104" />
        <source>bulan Romawi</source>
        <translation>Roman month</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/numbering.py" line="104" />
        <source>bulan</source>
        <translation>month</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/numbering.py" line="105" />
        <source>tahun</source>
        <translation>year</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/numbering.py" line="105" />
        <source>kode acara</source>
        <translation>event code</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/numbering.py" line="131" />
        <source>(pola bawaan)</source>
        <translation>(default pattern)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/numbering.py" line="142" />
        <source>Contoh: %1</source>
        <translation>Example: %1</translation>
    </message>
</context>
<context>
    <name>ParticipantsModel</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/models/participants.py" line="101" />
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/models/participants.py" line="101" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/models/participants.py" line="101" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/models/participants.py" line="101" />
        <source>L/P</source>
        <translation>Sex</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/models/participants.py" line="101" />
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/models/participants.py" line="102" />
        <source>Kecamatan</source>
        <translation>Kecamatan</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/models/participants.py" line="102" />
        <source>No. HP</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/models/participants.py" line="102" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/models/participants.py" line="102" />
        <source>Kode badge</source>
        <translation>Badge code</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/models/participants.py" line="1" />
        <source>Keterangan</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/models/participants.py" line="113" />
        <source>Baris %1 di berkas daftar peserta</source>
        <translation>Row %1 of the roster file</translation>
    </message>
</context>
<context>
    <name>PersonForm</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/dialogs.py" line="145" />
        <source>Menggantikan: %1</source>
        <translation>Replaces: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/dialogs.py" line="154" />
        <source>boleh kosong</source>
        <translation>optional</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/dialogs.py" line="159" />
        <source>Cetak badge</source>
        <translation>Print badge</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/dialogs.py" line="160" />
        <source>Nama lengkap</source>
        <translation>Full name</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/dialogs.py" line="161" />
        <source>Kelurahan</source>
        <translation>Kelurahan</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/dialogs.py" line="162" />
        <source>No. HP</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/dialogs.py" line="163" />
        <source>NIK</source>
        <translation>NIK</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/dialogs.py" line="165" />
        <source>Peran</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/dialogs.py" line="167" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/dialogs.py" line="175" />
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
</context>
<context>
    <name>PinDialog</name>
    <message>
        <source>PIN panitia</source>
        <translation>Committee PIN</translation>
    </message>
    <message>
        <source>PIN panitia untuk: %1</source>
        <translation>Committee PIN for: %1</translation>
    </message>
    <message>
        <source>menampilkan NIK lengkap</source>
        <translation>showing full NIKs</translation>
    </message>
    <message>
        <source>mengubah data peserta</source>
        <translation>editing a participant</translation>
    </message>
    <message>
        <source>cetak ulang badge</source>
        <translation>reprinting a badge</translation>
    </message>
    <message>
        <source>mengubah data acara</source>
        <translation>changing the event</translation>
    </message>
    <message>
        <source>mengubah acara dari berkas</source>
        <translation>changing the event from a file</translation>
    </message>
    <message>
        <source>mengonfirmasi data contoh</source>
        <translation>confirming example data</translation>
    </message>
    <message>
        <source>memilih tata letak</source>
        <translation>choosing the layout</translation>
    </message>
    <message>
        <source>keputusan kelayakan sertifikat</source>
        <translation>a certificate eligibility decision</translation>
    </message>
    <message>
        <source>check-in di luar hari acara</source>
        <translation>check-ins outside the event's days</translation>
    </message>
    <message>
        <source>membatalkan check-in</source>
        <translation>annulling a check-in</translation>
    </message>
    <message>
        <source>mengganti kunci tanda tangan</source>
        <translation>replacing the signing key</translation>
    </message>
    <message>
        <source>mencabut dokumen</source>
        <translation>revoking a document</translation>
    </message>
    <message>
        <source>mengganti PIN</source>
        <translation>changing the PIN</translation>
    </message>
    <message>
        <source>memulihkan cadangan</source>
        <translation>restoring a backup</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/reports_panel.py" line="32" />
        <source>Kosong, untuk tanda tangan di pintu (semua terdaftar)</source>
        <translation>Blank, for signatures at the door (everyone registered)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/reports_panel.py" line="33" />
        <source>Yang tercatat hadir, dengan jam check-in</source>
        <translation>Those checked in, with their time</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/reports_panel.py" line="34" />
        <source>NIK lengkap (perlu PIN panitia)</source>
        <translation>Full NIK (needs the committee PIN)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/reports_panel.py" line="35" />
        <source>Daftar hadir (PDF)…</source>
        <translation>Attendance list (PDF)…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/reports_panel.py" line="36" />
        <source>Daftar penerimaan transport (PDF)…</source>
        <translation>Transport receipt list (PDF)…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/reports_panel.py" line="37" />
        <source>Ekspor Excel…</source>
        <translation>Export to Excel…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/reports_panel.py" line="44" />
        <source>Sesi</source>
        <translation>Session</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/reports_panel.py" line="45" />
        <source>Isi daftar hadir</source>
        <translation>Attendance list content</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/reports_panel.py" line="62" />
        <source>Simpan laporan</source>
        <translation>Save report</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/reports_panel.py" line="79" />
        <source>Menulis %1…</source>
        <translation>Writing %1…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/reports_panel.py" line="89" />
        <source>Menulis %1</source>
        <translation>Writing %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/reports_panel.py" line="97" />
        <source>Gagal: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/reports_panel.py" line="99" />
        <source>Tersimpan: %1 (%2)</source>
        <translation>Saved: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>RestoreDialog</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/restore_dialog.py" line="24" />
        <source>Basis data tidak dapat dipakai</source>
        <translation>The database cannot be used</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/restore_dialog.py" line="25" />
        <source>Pilih cadangan untuk dipulihkan (terbaru di atas). Berkas yang sekarang disimpan dulu di folder cadangan.</source>
        <translation>Choose a backup to restore (newest first). The current file is kept in the backup folder first.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/restore_dialog.py" line="32" />
        <source>baik</source>
        <translation>good</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/restore_dialog.py" line="32" />
        <source>rusak</source>
        <translation>damaged</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/restore_dialog.py" line="43" />
        <source>Tidak ada cadangan yang baik di %1.</source>
        <translation>There is no good backup in %1.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/restore_dialog.py" line="47" />
        <source>PIN panitia</source>
        <translation>Committee PIN</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/restore_dialog.py" line="52" />
        <source>Pulihkan</source>
        <translation>Restore</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/restore_dialog.py" line="53" />
        <source>Keluar</source>
        <translation>Quit</translation>
    </message>
</context>
<context>
    <name>RevokeDialog</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/revoke.py" line="13" />
        <source>Cabut dokumen</source>
        <translation>Revoke document</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/revoke.py" line="14" />
        <source>Nomor %1 atas nama %2. Pemeriksa akan melihat DICABUT setelah halaman verifikasi dan kunci publik diterbitkan ulang.</source>
        <translation>Number %1 in the name of %2. Verifiers will see REVOKED once the verification page and the public keys are published again.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/revoke.py" line="18" />
        <source>mis. nama salah tulis, diganti dokumen baru</source>
        <translation>e.g. name misspelt, replaced by a new document</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/revoke.py" line="23" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/revoke.py" line="24" />
        <source>PIN panitia</source>
        <translation>Committee PIN</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/revoke.py" line="29" />
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
</context>
<context>
    <name>RosterPanel</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="30" />
        <source>Cari nama, kelurahan, no. HP atau kode badge…</source>
        <translation>Search name, kelurahan, phone or badge code…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="48" />
        <source>Tampilkan NIK lengkap</source>
        <translation>Show full NIK</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="50" />
        <source>Ubah data… (F2)</source>
        <translation>Edit… (F2)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="52" />
        <source>Ganti peserta…</source>
        <translation>Replace participant…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="54" />
        <source>Cetak ulang badge (hilang)…</source>
        <translation>Reprint badge (lost)…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="62" />
        <source>Log audit…</source>
        <translation>Audit log…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="63" />
        <source>Impor daftar peserta…</source>
        <translation>Import roster…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="88" />
        <source>%1 peserta</source>
        <translation>%1 participants</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="109" />
        <source>Pilih dulu peserta di tabel.</source>
        <translation>First select a participant in the table.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="147" />
        <source>Pengganti untuk %1</source>
        <translation>Substitute for %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="180" />
        <source>Badge %1: %2 (dipilih di tabel; tidak dicatat hadir)</source>
        <translation>Badge %1: %2 (selected in the table; not checked in)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="207" />
        <source>Cetak ulang badge</source>
        <translation>Reprint badge</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="208" />
        <source>Alasan cetak ulang badge %1:</source>
        <translation>Reason to reprint the badge of %1:</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="209" />
        <source>hilang</source>
        <translation>lost</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="228" />
        <source>Pilih berkas daftar peserta</source>
        <translation>Choose the roster file</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="229" />
        <source>Daftar peserta (*.xlsx *.xls *.ods *.csv);;Semua berkas (*)</source>
        <translation>Rosters (*.xlsx *.xls *.ods *.csv);;All files (*)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="65" />
        <source>Impor daftar peserta…  (Ctrl+I)</source>
        <translation>Import participant list…  (Ctrl+I)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="258" />
        <source>%1 orang diimpor (%2 baru, %3 diperbarui, %4 tetap); %5 pendaftaran baru.</source>
        <translation>%1 people imported (%2 new, %3 updated, %4 unchanged); %5 new registrations.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="263" />
        <source>%1 baris bergalat dilewati.</source>
        <translation>%1 rows with errors skipped.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/roster_panel.py" line="264" />
        <source>Impor selesai</source>
        <translation>Import finished</translation>
    </message>
</context>
<context>
    <name>SignatoriesEditor</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="89" />
        <source>Sertifikat</source>
        <translation>Certificate</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="89" />
        <source>Piagam penghargaan</source>
        <translation>Award plaque</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="90" />
        <source>Daftar hadir</source>
        <translation>Attendance list</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="91" />
        <source>Transport: PPTK/PA (Setuju dibayar)</source>
        <translation>Transport: PPTK/PA (approved for payment)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="92" />
        <source>Transport: Bendahara Pengeluaran (Lunas dibayar)</source>
        <translation>Transport: Treasurer (paid in full)</translation>
    </message>
</context>
<context>
    <name>SignatoryBox</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="24" />
        <source>mis. Mengetahui, / a.n. Wali Kota</source>
        <translation>e.g. Mengetahui, / a.n. Wali Kota</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="26" />
        <source>mis. KEPALA DINAS SOSIAL KOTA BANJARMASIN,</source>
        <translation>e.g. KEPALA DINAS SOSIAL KOTA BANJARMASIN,</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="28" />
        <source>Cetak H./Hj. di depan nama</source>
        <translation>Print H./Hj. before the name</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="29" />
        <source>Gelar akademik (Dr., S.Sos., M.AP.) tidak pernah dicetak di bawah tanda tangan pejabat (Permendagri 1/2023).</source>
        <translation>Academic titles (Dr., S.Sos., M.AP.) are never printed under an official's signature (Permendagri 1/2023).</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="32" />
        <source>mis. Pembina Utama Muda (IV/c)</source>
        <translation>e.g. Pembina Utama Muda (IV/c)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="35" />
        <source>Tanda tangan (%1)</source>
        <translation>Signature (%1)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="36" />
        <source>Stempel (%1)</source>
        <translation>Stamp (%1)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="40" />
        <source>Atas nama</source>
        <translation>On behalf</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="40" />
        <source>Jabatan</source>
        <translation>Position</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="41" />
        <source>Nama</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="41" />
        <source>Pangkat/gol.</source>
        <translation>Rank/grade</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="42" />
        <source>NIP</source>
        <translation>NIP</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="42" />
        <source>Tanda tangan</source>
        <translation>Signature</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/signatories.py" line="43" />
        <source>Stempel</source>
        <translation>Stamp</translation>
    </message>
</context>
<context>
    <name>StartDialog</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="117" />
        <source>Buat acara baru…</source>
        <translation>Create a new event…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="118" />
        <source>Muat berkas acara (JSON/TOML)…</source>
        <translation>Load an event file (JSON/TOML)…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="119" />
        <source>Coba dengan acara contoh (Bimtek PSM 2025, 175 peserta)</source>
        <translation>Try the example event (Bimtek PSM 2025, 175 participants)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="124" />
        <source>Belum ada acara di basis data ini.</source>
        <translation>There is no event in this database yet.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/event/new_dialog.py" line="147" />
        <source>Berkas acara</source>
        <translation>Event file</translation>
    </message>
</context>
<context>
    <name>StatsPanel</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/stats_panel.py" line="48" />
        <source>Kehadiran per kecamatan</source>
        <translation>Attendance per kecamatan</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/stats_panel.py" line="50" />
        <location filename="../work/main/bimtek_desk/gui/stats_panel.py" line="100" />
        <source>Kedatangan per 10 menit</source>
        <translation>Arrivals per 10 minutes</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/stats_panel.py" line="58" />
        <source>Sesi:</source>
        <translation>Session:</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/stats_panel.py" line="91" />
        <source>Terdaftar: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Registered: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/stats_panel.py" line="93" />
        <source>hadir</source>
        <translation>present</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/stats_panel.py" line="94" />
        <source>Layak sertifikat: &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Eligible for a certificate: &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/stats_panel.py" line="97" />
        <source>Terdaftar</source>
        <translation>Registered</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/stats_panel.py" line="98" />
        <source>Hadir</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/stats_panel.py" line="102" />
        <source>Datang</source>
        <translation>Arrived</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/stats_panel.py" line="104" />
        <source>Kedatangan per 10 menit — belum ada yang datang</source>
        <translation>Arrivals per 10 minutes — nobody yet</translation>
    </message>
</context>
<context>
    <name>StatusPanel</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/status_panel.py" line="203" />
        <source>Terakhir: %1</source>
        <translation>Last: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/status_panel.py" line="208" />
        <source>BERHASIL</source>
        <translation>CHECKED IN</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/status_panel.py" line="209" />
        <source>SUDAH HADIR</source>
        <translation>ALREADY PRESENT</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/status_panel.py" line="210" />
        <source>KODE TIDAK DIKENAL</source>
        <translation>UNKNOWN CODE</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/status_panel.py" line="211" />
        <source>KODE PALSU</source>
        <translation>FORGED CODE</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/status_panel.py" line="212" />
        <source>BADGE ACARA LAIN</source>
        <translation>OTHER EVENT'S BADGE</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/status_panel.py" line="213" />
        <source>BADGE SUDAH DIGANTI</source>
        <translation>BADGE REPLACED</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/status_panel.py" line="214" />
        <source>BUKAN BADGE</source>
        <translation>NOT A BADGE</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/status_panel.py" line="215" />
        <source>QR SERTIFIKAT</source>
        <translation>CERTIFICATE QR</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/status_panel.py" line="216" />
        <source>GAGAL MENYIMPAN</source>
        <translation>NOT SAVED</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/status_panel.py" line="217" />
        <source>BUKAN HARI ACARA</source>
        <translation>NOT AN EVENT DAY</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/status_panel.py" line="224" />
        <source>SIAP MEMINDAI</source>
        <translation>READY TO SCAN</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/status_panel.py" line="227" />
        <source>Arahkan pemindai ke QR pada badge peserta.</source>
        <translation>Point the scanner at the QR on the participant's badge.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/status_panel.py" line="228" />
        <source>Tanpa badge? Ketik nama di kotak Cari lalu tekan Enter.</source>
        <translation>No badge? Type the name in the Search box and press Enter.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/status_panel.py" line="234" />
        <source>CHECK-IN DIBATALKAN</source>
        <translation>CHECK-IN UNDONE</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/status_panel.py" line="238" />
        <source>Baris aslinya tetap tercatat di riwayat.</source>
        <translation>The original row stays in the history.</translation>
    </message>
</context>
<context>
    <name>SyncButton</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/sync_button.py" line="34" />
        <location filename="../work/main/bimtek_desk/gui/desk/sync_button.py" line="73" />
        <source>Sinkron…</source>
        <translation>Sync…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/sync_button.py" line="44" />
        <source>Tulis bundel laptop ini ke folder (flashdisk/folder bersama) dan gabungkan bundel laptop lain di sana</source>
        <translation>Write this laptop's bundle to a folder (USB stick/shared folder) and merge the other laptops' bundles found there</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/sync_button.py" line="50" />
        <source>Folder sinkron</source>
        <translation>Sync folder</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/sync_button.py" line="65" />
        <source>Sinkron berjalan…</source>
        <translation>Syncing…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/sync_button.py" line="77" />
        <source>Sinkron selesai: %1 bundel digabung, %2 check-in baru.</source>
        <translation>Sync done: %1 bundles merged, %2 new check-ins.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/sync_button.py" line="82" />
        <source>Sinkron: bundel ditolak: %1</source>
        <translation>Sync: bundle refused: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/sync_button.py" line="87" />
        <source>Sinkron gagal.</source>
        <translation>Sync failed.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/sync_button.py" line="103" />
        <source>Panitia</source>
        <translation>Committee</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/sync_button.py" line="103" />
        <source>Meja %1</source>
        <translation>Desk %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/sync_button.py" line="108" />
        <source>belum ada laptop lain</source>
        <translation>no other laptop yet</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/sync_button.py" line="109" />
        <source>Jaringan: %1</source>
        <translation>Network: %1</translation>
    </message>
</context>
<context>
    <name>UndoDialog</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/dialogs.py" line="189" />
        <source>Batalkan check-in</source>
        <translation>Undo check-in</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/dialogs.py" line="196" />
        <source>Alasan</source>
        <translation>Reason</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/dialogs.py" line="197" />
        <source>PIN panitia</source>
        <translation>Committee PIN</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/dialogs.py" line="201" />
        <source>Alasan wajib diisi.</source>
        <translation>A reason is required.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/dialogs.py" line="203" />
        <source>PIN panitia wajib diisi.</source>
        <translation>The committee PIN is required.</translation>
    </message>
</context>
<context>
    <name>closing</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/closing.py" line="21" />
        <source>Masih berjalan: %1.
Jika ditutup sekarang, berkasnya belum lengkap.</source>
        <translation>Still running: %1.
Closing now would leave its files incomplete.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/closing.py" line="23" />
        <source>Masih bekerja</source>
        <translation>Still working</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/closing.py" line="26" />
        <source>Tunggu selesai, lalu tutup</source>
        <translation>Wait until done, then close</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/closing.py" line="27" />
        <source>Batalkan pekerjaan, lalu tutup</source>
        <translation>Cancel the work, then close</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/closing.py" line="29" />
        <source>Tetap di sini</source>
        <translation>Stay here</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/closing.py" line="41" />
        <source>Perubahan belum disimpan</source>
        <translation>Unsaved changes</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/closing.py" line="42" />
        <source>Ada perubahan di %1 yang belum disimpan. Simpan sebelum menutup?</source>
        <translation>There are unsaved changes in %1. Save before closing?</translation>
    </message>
</context>
<context>
    <name>RecentModel</name>
    <message>
        <location filename="../../bimtek_desk/gui/desk/models.py" line="136" />
        <source>DIBATALKAN</source>
        <translation>UNDONE</translation>
    </message>
</context>
<context>
    <name>BadgeOut</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badge_out.py" line="44" />
        <source>Badge tidak dapat disimpan di %1: %2</source>
        <translation>The badge cannot be saved in %1: %2</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badge_out.py" line="55" />
        <source>Badge — pratinjau</source>
        <translation>Badge — preview</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badge_out.py" line="66" />
        <source>Cetak…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badge_out.py" line="105" />
        <source>Badge %1 disimpan di %2. Tidak dicetak: %3</source>
        <translation>Badge of %1 saved in %2. Not printed: %3</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badge_out.py" line="110" />
        <source>Badge %1 disimpan di %2 (tidak ada printer: pratinjau dibuka).</source>
        <translation>Badge of %1 saved in %2 (no printer: preview opened).</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badge_out.py" line="120" />
        <source>Badge %1 terkirim ke printer %2.</source>
        <translation>Badge of %1 sent to printer %2.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badge_out.py" line="121" />
        <source>Badge tidak tercetak.</source>
        <translation>The badge was not printed.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badge_out.py" line="122" />
        <source>Badge %1 tidak tercetak: %2 Berkasnya ada di %3.</source>
        <translation>Badge of %1 not printed: %2 The file is in %3.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badge_out.py" line="126" />
        <source>Badge %1 disimpan di %2 dan dikirim ke printer %3…</source>
        <translation>Badge of %1 saved in %2 and sent to printer %3…</translation>
    </message>
</context>
<context>
    <name>BadgesPage</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="66" />
        <source>A4, 8 badge per lembar (garis potong)</source>
        <translation>A4, 8 badges per sheet (cut lines)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="67" />
        <source>A6, satu badge per lembar</source>
        <translation>A6, one badge per sheet</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="67" />
        <source>Kartu CR80 (ukuran KTP)</source>
        <translation>CR80 card (ID-card size)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="71" />
        <source>Semua peserta</source>
        <translation>Everyone</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="71" />
        <source>Yang belum pernah dibuat</source>
        <translation>Not made yet</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="72" />
        <source>Yang dipilih di daftar</source>
        <translation>Chosen in the list</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="75" />
        <source>Saring daftar: nama atau kelurahan…</source>
        <translation>Filter the list: name or kelurahan…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="79" />
        <source>Pilih beberapa orang (Shift/Ctrl, atau Ctrl+A untuk semua yang tampil), lalu «Yang dipilih di daftar»</source>
        <translation>Choose several people (Shift/Ctrl, or Ctrl+A for everyone shown), then «Chosen in the list»</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="88" />
        <source>Simpan badge ke PDF…  (Ctrl+S)</source>
        <translation>Save badges as PDF…  (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="89" />
        <source>Cetak badge…  (Ctrl+P)</source>
        <translation>Print badges…  (Ctrl+P)</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="91" />
        <source>Batal</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="107" />
        <source>Tata letak:</source>
        <translation>Layout:</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="109" />
        <source>Untuk:</source>
        <translation>For:</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="173" />
        <source>%1 badge, %2 lembar.</source>
        <translation>%1 badges, %2 sheets.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="208" />
        <source>Masih ada pekerjaan berjalan.</source>
        <translation>A job is still running.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="220" />
        <source>Gagal: %1</source>
        <translation>Failed: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="278" />
        <source>Dibatalkan: tidak ada berkas yang disimpan.</source>
        <translation>Cancelled: no file was saved.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="282" />
        <source>Selesai: %1 badge (%2 lembar) disimpan di %3</source>
        <translation>Done: %1 badges (%2 sheets) saved in %3</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="286" />
        <source>Membuat %1 badge…</source>
        <translation>Making %1 badges…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="309" />
        <source>Dibatalkan: tidak ada yang dicetak.</source>
        <translation>Cancelled: nothing was printed.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="316" />
        <source>Pencetakan berhenti: %1</source>
        <translation>Printing stopped: %1</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="318" />
        <source>Terkirim ke printer %1: %2 badge (%3 lembar).</source>
        <translation>Sent to printer %1: %2 badges (%3 sheets).</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="319" />
        <source>bawaan</source>
        <translation>default</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="322" />
        <source>Dibatalkan: %1 dari %2 lembar terkirim ke printer.</source>
        <translation>Cancelled: %1 of %2 sheets sent to the printer.</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="326" />
        <source>Mencetak %1 badge…</source>
        <translation>Printing %1 badges…</translation>
    </message>
    <message>
        <location filename="../work/main/bimtek_desk/gui/documents/badges_page.py" line="333" />
        <source>Simpan badge</source>
        <translation>Save badges</translation>
    </message>
</context>
<context>
    <name>FormDialog</name>
    <message>
        <location filename="../work/main/bimtek_desk/gui/desk/dialogs.py" line="148" />
        <source>Sebuah kode dipindai saat formulir ini terbuka; kodenya TIDAK dimasukkan ke formulir. Tutup formulir (Esc) untuk memindai di meja.</source>
        <translation>A code was scanned while this form was open; it was NOT typed into the form. Close the form (Esc) to scan at the desk.</translation>
    </message>
</context>
</TS>
